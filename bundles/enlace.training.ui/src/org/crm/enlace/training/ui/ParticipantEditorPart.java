package org.crm.enlace.training.ui;

import java.util.List;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.training.TrainingValidator;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage.Literals;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorSection;
import org.crm.enlace.ui.RecordEditorFrame;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * Edits one participant: name, sex, institution, position and the country the official serves, and the marking.
 * Personal data: shown to the user who may see it, stored under the participant's marking, never logged nor put in a
 * problem's words. Every change is an undoable command; a save lists the validator's problems instead of storing.
 * Attendance, scores and completion are edited per session, in the session editor.
 */
public final class ParticipantEditorPart implements IEditingDomainProvider {

	private RecordRepository repository;
	private MPart part;
	private Participant participant;
	private RecordEditorFrame frame;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user,
			@org.eclipse.e4.core.di.annotations.Optional IEventBroker broker) {
		this.part = part;
		this.repository = repository;
		participant = repository.findById(part.getTransientData().get(TrainingEditors.RECORD_ID).toString())
				.map(Participant.class::cast).orElseThrow();
		frame = new RecordEditorFrame(parent, "participant.editor", part, broker);
		Composite form = new Composite(frame.content(), SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		AttributeForm fields = new AttributeForm(form, frame.domain(), participant,
				List.of(Literals.PARTICIPANT__FULL_NAME, Literals.PARTICIPANT__SEX, Literals.PARTICIPANT__INSTITUTION,
						Literals.PARTICIPANT__POSITION, Literals.PARTICIPANT__COUNTRY),
				"participant", a -> Messages.format("field." + a.getName()),
				l -> Messages.format("editor.sex." + l.getName()));
		frame.add(EditorSection.of(fields));
		frame.follow(participant, () -> Fields.named(TrainingValidator.participant(participant)));
		if (!AccessRule.mayWrite(user, participant)) {
			frame.readOnly(Messages.format("editor.notOwnParticipant", participant.getOwnerCountry()), form);
		}
		showTitle();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return frame.domain();
	}

	@Focus
	void focus() {
		frame.content().setFocus();
	}

	@Persist
	public void save() {
		frame.save(repository, participant, ParticipantEditorPart::asText, this::showTitle);
	}

	public Participant participant() {
		return participant;
	}

	private void showTitle() {
		part.setLabel(Messages.format("editor.participantTitle", participant.getFullName()));
	}

	/** For the stale-version dialog, on screen only: the participant's own fields. */
	private static String asText(Participant participant) {
		return Messages.format("editor.participantAsText", participant.getFullName(),
				participant.getSex() == null ? "" : participant.getSex().getLiteral(), participant.getInstitution(),
				participant.getPosition(), participant.getCountry());
	}
}
