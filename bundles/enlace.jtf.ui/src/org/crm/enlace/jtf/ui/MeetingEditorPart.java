package org.crm.enlace.jtf.ui;

import java.util.List;
import java.util.Set;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.jtf.MeetingValidator;
import org.crm.enlace.jtf.Meetings;
import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.JtfFactory;
import org.crm.enlace.jtf.model.JtfPackage.Literals;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.ui.internal.Messages;
import org.crm.enlace.jtf.ui.internal.Rows;
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
 * Edits one meeting: its kind, title, date, status, format, country, place and minutes, its agenda, participants,
 * decisions and action items (each added, removed and edited) and its marking. Every change is a command on the
 * part's stack (Edit > Undo / Redo, Ctrl+Z / Ctrl+Y); the part is dirty until saved; saving lists the validator's
 * problems instead of storing, and the store's refusal (a meeting another organization keeps) is shown in words.
 */
public final class MeetingEditorPart implements IEditingDomainProvider {

	private RecordRepository repository;
	private Clock clock;
	private Meeting meeting;
	private RecordEditorFrame frame;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, Clock clock, CurrentUser user,
			IEventBroker broker) {
		this.repository = repository;
		this.clock = clock;
		meeting = load(part, user);
		part.setLabel(Messages.format("editor.meeting.title", Rows.literal(Literals.MEETING_KIND, meeting.getKind()),
				String.valueOf(meeting.getDate())));
		frame = new RecordEditorFrame(parent, "meetingEditor", part, broker);
		EditingDomain domain = frame.domain();
		Composite form = new Composite(frame.content(), SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		AttributeForm fields = new AttributeForm(form, domain, meeting,
				List.of(Literals.MEETING__KIND, Literals.MEETING__TITLE, Literals.MEETING__DATE,
						Literals.MEETING__STATUS, Literals.MEETING__FORMAT, Literals.MEETING__COUNTRY,
						Literals.MEETING__PLACE, Literals.MEETING__MINUTES, Literals.MEETING__MINUTES_ATTACHMENT_ID),
				Set.of(Literals.MEETING__MINUTES), "meeting", Rows::title, l -> Rows.literal(l.getEEnum(), l.getInstance()));
		JtfFactory factory = JtfFactory.eINSTANCE;
		Composite content = frame.content();
		List<ContainedSection> lists = List.of(
				new ContainedSection(content, domain, meeting, Literals.MEETING__AGENDA,
						List.of(Literals.AGENDA_ITEM__TITLE, Literals.AGENDA_ITEM__PRESENTER,
								Literals.AGENDA_ITEM__NOTES),
						factory::createAgendaItem, "meeting.agenda"),
				new ContainedSection(content, domain, meeting, Literals.MEETING__PARTICIPANTS,
						List.of(Literals.PARTICIPANT__NAME, Literals.PARTICIPANT__ORGANIZATION,
								Literals.PARTICIPANT__COUNTRY, Literals.PARTICIPANT__ROLE),
						factory::createParticipant, "meeting.participants"),
				new ContainedSection(content, domain, meeting, Literals.MEETING__DECISIONS,
						List.of(Literals.DECISION__TEXT), factory::createDecision, "meeting.decisions"),
				new ContainedSection(content, domain, meeting, Literals.MEETING__ACTION_ITEMS,
						List.of(Literals.ACTION_ITEM__DESCRIPTION, Literals.ACTION_ITEM__OWNER_ORGANIZATION,
								Literals.ACTION_ITEM__DUE_DATE, Literals.ACTION_ITEM__STATUS),
						() -> {
							var item = factory.createActionItem();
							item.setStatus(ActionStatus.OPEN);
							return item;
						}, "meeting.actionItems"));
		frame.add(EditorSection.of(fields));
		lists.forEach(l -> frame.add(new EditorSection(l::showModel, l::commitAll, l::unreadableFields)));
		frame.follow(meeting, () -> MeetingValidator.validate(meeting, clock.today()));
	}

	@Override
	public EditingDomain getEditingDomain() {
		return frame.domain();
	}

	@Focus
	void focus() {
		frame.focus();
	}

	@Persist
	public void save() {
		frame.save(repository, meeting, Rows::details);
	}

	/** The meeting being edited: the editor's own copy, which every command changes. */
	public Meeting meeting() {
		return meeting;
	}

	/** What the user must fix: unreadable fields first, then the validators' rules. */
	public List<Problem> currentProblems() {
		return frame.problems();
	}

	private Meeting load(MPart part, CurrentUser user) {
		Object id = part.getTransientData().get(JtfEditors.RECORD_ID);
		if (id != null) {
			return repository.findById(id.toString()).map(Meeting.class::cast).orElseThrow();
		}
		// Kept by the user's organization, which writes the minutes; a Task Force meeting today until changed.
		return Meetings.newMeeting(user.country(), MeetingKind.JOINT_TASK_FORCE, clock.today());
	}
}
