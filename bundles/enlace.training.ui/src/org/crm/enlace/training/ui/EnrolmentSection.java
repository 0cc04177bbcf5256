package org.crm.enlace.training.ui;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.training.Participants;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage.Literals;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/**
 * The session's participants, a numbered row each (the validator names problems by that number, never by name), and
 * a small form for the selected one's enrolment: attendance, scores and completion day, each change a command on the
 * editor's stack. Only the organization that entered a participant may change it: for the others the form stays
 * read-only and says so, instead of letting the user type what the store would refuse.
 */
final class EnrolmentSection {

	private final String sessionId;
	private final String organization;
	private final List<Participant> participants;
	private final Map<Participant, Participant> stored = new IdentityHashMap<>();
	private final TableViewer table;
	private final RowForm form;

	EnrolmentSection(Composite parent, EditingDomain domain, String sessionId, String organization,
			List<Participant> participants, Runnable relayout) {
		this.sessionId = sessionId;
		this.organization = organization;
		this.participants = participants;
		markStored();
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.format("editor.enrolments"));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		table = Tables.numbered(group, "session.enrolments", participants);
		TextColumns.add(table, Messages.format("column.name"), 220, Participant.class, Participant::getFullName);
		TextColumns.add(table, Messages.format("column.attended"), 70, Participant.class,
				p -> enrolment(p).map(e -> Messages.format(e.isAttended() ? "yes" : "no")).orElse(""));
		TextColumns.add(table, Messages.format("column.pre"), 50, Participant.class,
				p -> enrolment(p).map(e -> number(e.getPreScore())).orElse(""));
		TextColumns.add(table, Messages.format("column.post"), 50, Participant.class,
				p -> enrolment(p).map(e -> number(e.getPostScore())).orElse(""));
		TextColumns.add(table, Messages.format("column.completed"), 100, Participant.class,
				p -> enrolment(p).map(Enrolment::getCompletedOn).map(LocalDate::toString).orElse(""));
		table.setInput(participants);
		form = new RowForm(group, domain, "session.enrolment", relayout);
		form.clear(Messages.format(participants.isEmpty() ? "editor.noParticipants" : "editor.chooseParticipant"));
		table.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof Participant chosen) {
				showForm(chosen);
			}
		});
	}

	/** The participants whose enrolment differs from what the store holds: what a save must store. */
	List<Participant> changed() {
		return participants.stream().filter(p -> !EcoreUtil.equals(p, stored.get(p))).toList();
	}

	List<Participant> participants() {
		return participants;
	}

	/** After a save: what is shown is what the store holds. */
	void markStored() {
		participants.forEach(p -> stored.put(p, EcoreUtil.copy(p)));
	}

	List<Problem> unreadableFields() {
		return form.unreadableFields();
	}

	void commitAll() {
		form.commitAll();
	}

	/** After a change, an undo or a redo. */
	void showModel() {
		table.refresh();
		form.showModel();
	}

	private void showForm(Participant participant) {
		Enrolment enrolment = enrolment(participant).orElseThrow();
		if (enrolment == form.row()) {
			return;
		}
		boolean own = organization.equals(participant.getOwnerCountry());
		form.show(enrolment, Literals.ENROLMENT__ATTENDED,
				List.of(Literals.ENROLMENT__PRE_SCORE, Literals.ENROLMENT__POST_SCORE, Literals.ENROLMENT__COMPLETED_ON),
				own ? "" : Messages.format("editor.notOwnParticipant", participant.getOwnerCountry()));
	}

	private Optional<Enrolment> enrolment(Participant participant) {
		return Participants.enrolment(participant, sessionId);
	}

	private static String number(Integer value) {
		return value == null ? "" : value.toString();
	}
}
