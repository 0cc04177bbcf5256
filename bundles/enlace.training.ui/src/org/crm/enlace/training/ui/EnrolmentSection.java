package org.crm.enlace.training.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.training.Participants;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage.Literals;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The session's participants, a numbered row each (the validator names problems by that number, never by name), and
 * a small form for the selected one's enrolment: attendance, scores and completion day, each change a command on the
 * editor's stack. Below, the participants the user's organization entered and has not enrolled yet, to enrol one;
 * enrolling and removing an enrolment are commands too, stored with the session. Only the organization that entered
 * a participant may change it: for the others the form stays read-only and says so, and they can be neither
 * enrolled nor removed, instead of letting the user do what the store would refuse.
 */
final class EnrolmentSection {

	private final EditingDomain domain;
	private final String sessionId;
	private final String organization;
	/** Everyone this editor may show: the session's participants and those the organization may enrol. */
	private final List<Participant> pool;
	private final List<Participant> enrolled = new ArrayList<>();
	private final List<Participant> candidates = new ArrayList<>();
	private final Map<Participant, Participant> stored = new IdentityHashMap<>();
	private final TableViewer table;
	private final TableViewer chooser;
	private final RowForm form;
	private final Button remove;

	/** @param sessionId none for a session never saved: its participants can be enrolled once it is */
	EnrolmentSection(Composite parent, EditingDomain domain, String sessionId, String organization,
			List<Participant> pool, Runnable relayout) {
		this.domain = domain;
		this.sessionId = sessionId;
		this.organization = organization;
		this.pool = pool;
		markStored();
		sortOut();
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.format("editor.enrolments"));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		table = Tables.numbered(group, "session.enrolments", enrolled);
		TextColumns.add(table, Messages.format("column.name"), 220, Participant.class, Participant::getFullName);
		TextColumns.add(table, Messages.format("column.attended"), 70, Participant.class,
				p -> enrolment(p).map(e -> Messages.format(e.isAttended() ? "yes" : "no")).orElse(""));
		TextColumns.add(table, Messages.format("column.pre"), 50, Participant.class,
				p -> enrolment(p).map(e -> number(e.getPreScore())).orElse(""));
		TextColumns.add(table, Messages.format("column.post"), 50, Participant.class,
				p -> enrolment(p).map(e -> number(e.getPostScore())).orElse(""));
		TextColumns.add(table, Messages.format("column.completed"), 100, Participant.class,
				p -> enrolment(p).map(Enrolment::getCompletedOn).map(LocalDate::toString).orElse(""));
		table.setInput(enrolled);
		remove = Tables.button(group, "session.removeEnrolment", Messages.format("button.removeEnrolment"),
				this::remove);
		remove.setEnabled(false);
		form = new RowForm(group, domain, "session.enrolment", relayout);
		form.clear(hint());
		table.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof Participant chosen) {
				showForm(chosen);
			}
		});

		Group enrol = new Group(parent, SWT.NONE);
		enrol.setText(Messages.format("editor.candidates"));
		GridLayoutFactory.swtDefaults().applyTo(enrol);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(enrol);
		if (sessionId == null) {
			new Label(enrol, SWT.WRAP).setText(Messages.format("editor.saveBeforeEnrolling"));
		}
		chooser = Tables.numbered(enrol, "session.candidates", candidates);
		TextColumns.add(chooser, Messages.format("column.name"), 220, Participant.class, Participant::getFullName);
		TextColumns.add(chooser, Messages.format("field.institution"), 260, Participant.class,
				Participant::getInstitution);
		TextColumns.add(chooser, Messages.format("column.country"), 60, Participant.class, Participant::getCountry);
		chooser.setInput(candidates);
		Tables.button(enrol, "session.enrol", Messages.format("button.enrol"), this::enrol);
	}

	/** The participants whose enrolments differ from what the store holds: what a save must store. */
	List<Participant> changed() {
		return pool.stream().filter(p -> !EcoreUtil.equals(p, stored.get(p))).toList();
	}

	/** The session's participants, in the order of their row numbers. */
	List<Participant> participants() {
		return enrolled;
	}

	/** After a save: what is shown is what the store holds. */
	void markStored() {
		pool.forEach(p -> stored.put(p, EcoreUtil.copy(p)));
	}

	List<Problem> unreadableFields() {
		return form.unreadableFields();
	}

	void commitAll() {
		form.commitAll();
	}

	/** After a change, an undo or a redo: an enrolment no longer in the session is no longer shown. */
	void showModel() {
		sortOut();
		table.refresh();
		chooser.refresh();
		if (form.row() != null && form.row().eContainer() == null) {
			form.clear(hint());
			table.setSelection(null);
			remove.setEnabled(false);
		}
		form.showModel();
	}

	/** Enrols the participant chosen below: a new enrolment in the session, attended, nothing else yet. */
	private void enrol() {
		if (sessionId != null && chooser.getStructuredSelection().getFirstElement() instanceof Participant chosen) {
			Enrolment enrolment = Participants.newEnrolment(sessionId);
			enrolment.setAttended(true);
			domain.getCommandStack().execute(
					AddCommand.create(domain, chosen, Literals.PARTICIPANT__ENROLMENTS, enrolment));
			table.setSelection(new StructuredSelection(chosen), true);
		}
	}

	/** Removes the selected participant's enrolment in this session, when the organization may change it. */
	private void remove() {
		if (form.row() instanceof Enrolment enrolment && enrolment.eContainer() instanceof Participant participant
				&& mayChange(participant)) {
			domain.getCommandStack().execute(
					RemoveCommand.create(domain, participant, Literals.PARTICIPANT__ENROLMENTS, enrolment));
		}
	}

	/** The session's participants by name, and the organization's own others that it may enrol. */
	private void sortOut() {
		enrolled.clear();
		candidates.clear();
		for (Participant participant : pool) {
			if (sessionId != null && enrolment(participant).isPresent()) {
				enrolled.add(participant);
			} else if (mayChange(participant)) {
				candidates.add(participant);
			}
		}
	}

	private void showForm(Participant participant) {
		Enrolment enrolment = enrolment(participant).orElseThrow();
		if (enrolment == form.row()) {
			return;
		}
		remove.setEnabled(mayChange(participant));
		form.show(enrolment, Literals.ENROLMENT__ATTENDED,
				List.of(Literals.ENROLMENT__PRE_SCORE, Literals.ENROLMENT__POST_SCORE, Literals.ENROLMENT__COMPLETED_ON),
				mayChange(participant) ? ""
						: Messages.format("editor.notOwnParticipant", participant.getOwnerCountry()));
	}

	private boolean mayChange(Participant participant) {
		return AccessRule.mayWrite(organization, participant.getOwnerCountry());
	}

	private String hint() {
		return Messages.format(enrolled.isEmpty() ? "editor.noParticipants" : "editor.chooseParticipant");
	}

	private Optional<Enrolment> enrolment(Participant participant) {
		return Participants.enrolment(participant, sessionId);
	}

	private static String number(Integer value) {
		return value == null ? "" : value.toString();
	}
}
