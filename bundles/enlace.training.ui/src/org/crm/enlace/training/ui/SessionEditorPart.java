package org.crm.enlace.training.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.training.Participants;
import org.crm.enlace.training.Programmes;
import org.crm.enlace.training.TrainingValidator;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingFactory;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.EditorSection;
import org.crm.enlace.ui.RecordEditorFrame;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * Edits one training session and its participants' enrolments in it (attendance, scores, completion). Every change
 * is an EMF command (Edit > Undo / Redo, Ctrl+Z / Ctrl+Y); the part is dirty until saved. A save lists the
 * validator's problems instead of storing anything; otherwise the session and the participants whose enrolment
 * changed are stored in one transaction, so a refusal (a stale version, a record of another organization) stores
 * nothing and is said in words.
 */
public final class SessionEditorPart implements IEditingDomainProvider {

	private RecordRepository repository;
	private MPart part;
	private TrainingSession session;
	private TrainingSession stored;
	private RecordEditorFrame frame;
	private SessionForm form;
	private EnrolmentSection enrolments;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user, Clock clock,
			@org.eclipse.e4.core.di.annotations.Optional IEventBroker broker) {
		this.part = part;
		this.repository = repository;
		session = load(part, user, clock);
		stored = EcoreUtil.copy(session);
		frame = new RecordEditorFrame(parent, "session.editor", part, broker);
		EditingDomain domain = frame.domain();
		form = new SessionForm(frame.content(), domain, session,
				repository.findAll(TrainingPackage.Literals.TRAINING_PROGRAMME, TrainingProgramme.class));
		enrolments = new EnrolmentSection(frame.content(), domain, session.getId(), user.country(),
				participants(user), frame::relayout);
		frame.add(new EditorSection(form::showModel, form::commitAll, form::unreadableFields));
		frame.add(new EditorSection(enrolments::showModel, enrolments::commitAll, enrolments::unreadableFields));
		frame.follow(session, this::rules);
		if (!AccessRule.mayWrite(user, session)) {
			frame.readOnly(Messages.format("editor.notOwnSession", session.getOwnerCountry()), form.control());
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
		frame.commitAll();
		List<Participant> participants = enrolments.changed();
		if (participants.isEmpty()) {
			frame.save(repository, session, SessionEditorPart::asText, this::saved);
			return;
		}
		// The session itself only when it changed: a save of its participants alone is no new version of it.
		List<Record> changed = Stream.concat(EcoreUtil.equals(session, stored) ? Stream.empty() : Stream.of(session),
				participants.stream()).map(Record.class::cast).toList();
		frame.saveAll(repository, session, changed, SessionEditorPart::asText, this::saved);
	}

	public TrainingSession session() {
		return session;
	}

	/** The validator's rules for the session and its participants' enrolments in it, each named by its field. */
	private List<Problem> rules() {
		TrainingProgramme programme = form.programme()
				.orElseGet(TrainingFactory.eINSTANCE::createTrainingProgramme);
		List<Problem> found = new ArrayList<>(Fields.named(TrainingValidator.session(session, programme)));
		found.addAll(TrainingValidator.sessionEnrolments(session, enrolments.participants()));
		return found;
	}

	private void saved() {
		stored = EcoreUtil.copy(session);
		enrolments.markStored();
		showTitle();
	}

	private void showTitle() {
		part.setLabel(session.getTitle() == null ? Messages.format("editor.newSession")
				: Messages.format("editor.title", session.getTitle()));
	}

	/** By name: the session's participants and those the user's organization may enrol; none for a new session. */
	private List<Participant> participants(CurrentUser user) {
		if (session.getId() == null) {
			return List.of();
		}
		return repository.findAll(TrainingPackage.Literals.PARTICIPANT, Participant.class).stream()
				.filter(p -> Participants.enrolment(p, session.getId()).isPresent() || AccessRule.mayWrite(user, p))
				.sorted(Comparator.comparing(Participant::getFullName, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	private TrainingSession load(MPart part, CurrentUser user, Clock clock) {
		Object id = part.getTransientData().get(TrainingEditors.RECORD_ID);
		if (id != null) {
			return repository.findById(id.toString()).map(TrainingSession.class::cast).orElseThrow();
		}
		// A new session delivers the programme the indicator follows, in the user's country when it is one.
		TrainingProgramme programme = Programmes.approvedAsOf(repository, clock.today())
				.orElseGet(TrainingFactory.eINSTANCE::createTrainingProgramme);
		String country = IsoCountries.isKnown(user.country()) ? user.country() : null;
		TrainingSession created = Programmes.newSession(user.country(), programme, country);
		created.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		return created;
	}

	/** The session as a few lines for the stale-version dialog: no personal data but the trainers' names. */
	private static String asText(TrainingSession session) {
		return Messages.format("editor.asText", session.getTitle(), String.valueOf(session.getStartDate()),
				String.valueOf(session.getEndDate()), session.getPlace(), session.getCountry(),
				String.join(", ", session.getTrainers()), String.join(", ", session.getOrganisers()));
	}
}
