package org.crm.enlace.jtf.ui;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.jtf.CoordinatedCommissions;
import org.crm.enlace.jtf.Meetings;
import org.crm.enlace.jtf.Milestones;
import org.crm.enlace.jtf.OverdueAction;
import org.crm.enlace.jtf.OverdueActions;
import org.crm.enlace.jtf.model.ActionItem;
import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.JtfPackage.Literals;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.jtf.ui.internal.Messages;
import org.crm.enlace.jtf.ui.internal.Rows;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Issue 7, section 3 in the workbench (docs/jtf.md): the Joint Task Force's meetings with the selected one's agenda,
 * participants, decisions and action items; the overdue reminders as of today per owner organization; the milestone
 * "meeting before the GRCM meeting in Panama" in words; the national commissions and the indicator they feed. An
 * action item's status can be changed; the store refuses it to anyone outside the meeting's owner organization, and
 * the part says so in words.
 */
public final class JtfPart {

	private RecordRepository records;
	private Clock clock;
	private IEventBroker broker;
	private List<Meeting> meetings = List.of();
	private List<NationalCommission> commissions = List.of();
	private Label milestone;
	private Table meetingTable;
	private Text details;
	private Table actionTable;
	private Combo statusChoice;
	private Label feedback;
	private Button undo;
	/* The statuses the part's changes replaced, last first: what "Deshacer" stores back. */
	private final Deque<StatusChange> done = new ArrayDeque<>();
	private Table overdueTable;
	private Table commissionTable;
	private Label indicator;

	@PostConstruct
	void create(Composite parent, RecordRepository records, Clock clock,
			@org.eclipse.e4.core.di.annotations.Optional IEventBroker broker, MPart self, JtfEditors editors) {
		this.records = records;
		this.clock = clock;
		this.broker = broker;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		milestone = label(parent, "jtf.milestone");

		Group meetingGroup = group(parent, "section.meetings");
		meetingTable = table(meetingGroup, "jtf.meetings", 90, Rows.title(Literals.MEETING__KIND),
				Rows.title(Literals.MEETING__DATE), Rows.title(Literals.MEETING__STATUS),
				Rows.title(Literals.MEETING__PLACE));
		meetingTable.addListener(SWT.Selection, e -> showSelectedMeeting());
		Composite meetingBar = new Composite(meetingGroup, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(meetingBar);
		button(meetingBar, "meeting.new", "jtf.newMeeting", () -> editors.openMeeting(self, null));
		button(meetingBar, "meeting.edit", "jtf.editMeeting", () -> selectedMeeting()
				.ifPresentOrElse(m -> editors.openMeeting(self, m), () -> say(Messages.format("meeting.chooseFirst"))));

		Group selected = group(parent, "section.selected");
		details = new Text(selected, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		details.setData(AttributeForm.WIDGET_ID, "jtf.details");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(details);
		actionTable = table(selected, "jtf.actions", 80, "#", Rows.title(Literals.ACTION_ITEM__DESCRIPTION),
				Rows.title(Literals.ACTION_ITEM__OWNER_ORGANIZATION), Rows.title(Literals.ACTION_ITEM__DUE_DATE),
				Rows.title(Literals.ACTION_ITEM__STATUS), Messages.format("column.timeliness"));
		Composite bar = new Composite(selected, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.format("status.label"));
		statusChoice = new Combo(bar, SWT.READ_ONLY);
		statusChoice.setData(AttributeForm.WIDGET_ID, "jtf.actionStatus");
		ActionStatus.VALUES.forEach(s -> statusChoice.add(Rows.literal(Literals.ACTION_STATUS, s)));
		button(bar, "status.change", "jtf.changeStatus", this::changeStatus);
		undo = button(bar, "status.undo", "jtf.undo", this::undo);
		undo.setEnabled(false);
		feedback = new Label(bar, SWT.WRAP);
		feedback.setData(AttributeForm.WIDGET_ID, "jtf.feedback");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(feedback);
		actionTable.addListener(SWT.Selection, e -> showSelectedStatus());

		Group overdueGroup = group(parent, "section.overdue");
		overdueTable = table(overdueGroup, "jtf.overdue", 80,
				Rows.title(Literals.ACTION_ITEM__OWNER_ORGANIZATION), Rows.title(Literals.ACTION_ITEM__DESCRIPTION),
				Rows.title(Literals.ACTION_ITEM__DUE_DATE), Rows.title(Literals.ACTION_ITEM__STATUS),
				Messages.format("column.timeliness"), Messages.format("column.meeting"));

		Group commissionGroup = group(parent, "section.commissions");
		commissionTable = table(commissionGroup, "jtf.commissions", 90,
				Rows.title(Literals.NATIONAL_COMMISSION__COUNTRY), Rows.title(Literals.NATIONAL_COMMISSION__NAME),
				Rows.title(Literals.NATIONAL_COMMISSION__COORDINATED),
				Rows.title(Literals.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY_DATE), Messages.format("column.counts"),
				Messages.format("column.evidence"));
		Composite commissionBar = new Composite(commissionGroup, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(commissionBar);
		button(commissionBar, "commission.new", "jtf.newCommission", () -> editors.openCommission(self, null));
		button(commissionBar, "commission.edit", "jtf.editCommission", () -> editCommission(editors, self));
		indicator = label(commissionGroup, "jtf.indicator");
		refresh();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (meetingTable != null && !meetingTable.isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		meetingTable.setFocus();
	}

	/** Reads everything again, keeping the selected meeting and action item. */
	public void refresh() {
		int meetingIndex = Math.max(meetingTable.getSelectionIndex(), 0);
		int actionIndex = actionTable.getSelectionIndex();
		LocalDate today = clock.today();
		meetings = Meetings.all(records);
		fill(meetingTable, meetings.stream().map(Rows::meeting).toList());
		milestone.setText(Milestones.all(records).stream()
				.filter(m -> Milestones.JTF_BEFORE_GRCM_PANAMA.equals(m.getCode()))
				.map(m -> Rows.milestone(m, Milestones.status(m, meetings, today))).findFirst()
				.orElseGet(() -> Messages.format("milestone.none")));
		showOverdue(OverdueActions.byOwner(OverdueActions.asOf(meetings, today)));
		commissions = records
				.findAll(Literals.NATIONAL_COMMISSION, NationalCommission.class).stream()
				.sorted(Comparator.comparing(NationalCommission::getCountry, Comparator.nullsLast(String::compareTo)))
				.toList();
		fill(commissionTable, commissions.stream().map(c -> Rows.commission(c, today)).toList());
		indicator.setText(Rows.indicator(CoordinatedCommissions.compute(commissions, today), today));
		if (!meetings.isEmpty()) {
			meetingTable.setSelection(Math.min(meetingIndex, meetings.size() - 1));
		}
		showSelectedMeeting();
		if (actionIndex >= 0 && actionIndex < actionTable.getItemCount()) {
			actionTable.setSelection(actionIndex);
			showSelectedStatus();
		}
		meetingTable.getParent().getParent().layout(true, true);
	}

	/**
	 * Sets the selected action item's status to the one chosen and stores the meeting; a refusal (another
	 * organization's meeting, a stale version) is shown in words and changes nothing.
	 */
	public void changeStatus() {
		int meetingIndex = meetingTable.getSelectionIndex();
		int actionIndex = actionTable.getSelectionIndex();
		if (meetingIndex < 0 || actionIndex < 0 || statusChoice.getSelectionIndex() < 0) {
			say(Messages.format("status.chooseFirst"));
			return;
		}
		Meeting meeting = meetings.get(meetingIndex);
		ActionStatus previous = meeting.getActionItems().get(actionIndex).getStatus();
		ActionStatus chosen = ActionStatus.VALUES.get(statusChoice.getSelectionIndex());
		if (store(new StatusChange(meeting.getId(), actionIndex, chosen))) {
			done.push(new StatusChange(meeting.getId(), actionIndex, previous));
			say(Messages.format("status.saved", actionIndex + 1, Rows.literal(Literals.ACTION_STATUS, chosen)));
		}
	}

	/** Stores the status the last change replaced, as a new version of the meeting; the store may refuse it too. */
	public void undo() {
		StatusChange last = done.peek();
		if (last != null && store(last)) {
			done.pop();
			say(Messages.format("status.undone", last.position() + 1,
					Rows.literal(Literals.ACTION_STATUS, last.status())));
		}
	}

	private void editCommission(JtfEditors editors, MPart self) {
		int index = commissionTable.getSelectionIndex();
		if (index < 0) {
			say(Messages.format("commission.chooseFirst"));
		} else {
			editors.openCommission(self, commissions.get(index));
		}
	}

	private Optional<Meeting> selectedMeeting() {
		int index = meetingTable.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(meetings.get(index));
	}

	public String milestoneText() {
		return milestone.getText();
	}

	public String indicatorText() {
		return indicator.getText();
	}

	public String feedbackText() {
		return feedback.getText();
	}

	/* Saves a copy of the meeting as last read with the one item's status set; the list is read again after it. */
	private boolean store(StatusChange change) {
		Optional<Meeting> current = meetings.stream().filter(m -> m.getId().equals(change.meetingId()))
				.findFirst();
		if (current.isEmpty()) {
			say(Messages.format("status.gone"));
			return false;
		}
		Meeting changed = EcoreUtil.copy(current.get());
		changed.getActionItems().get(change.position()).setStatus(change.status());
		try {
			records.save(changed);
		} catch (StoreException e) {
			say(Messages.format("status.refused", e.getMessage()));
			return false;
		}
		refresh();
		if (broker != null) {
			broker.post(RecordEvents.CHANGED, Literals.MEETING.getName());
		}
		return true;
	}

	private void say(String text) {
		feedback.setText(text);
		undo.setEnabled(!done.isEmpty());
		feedback.getParent().layout(true, true);
	}

	private void showSelectedMeeting() {
		int index = meetingTable.getSelectionIndex();
		if (index < 0) {
			details.setText("");
			fill(actionTable, List.of());
			return;
		}
		Meeting meeting = meetings.get(index);
		details.setText(Rows.details(meeting));
		List<ActionItem> items = meeting.getActionItems();
		LocalDate today = clock.today();
		fill(actionTable, items.stream().map(i -> Rows.action(i, items.indexOf(i) + 1, today)).toList());
	}

	private void showSelectedStatus() {
		int meetingIndex = meetingTable.getSelectionIndex();
		int actionIndex = actionTable.getSelectionIndex();
		if (meetingIndex >= 0 && actionIndex >= 0) {
			ActionStatus status = meetings.get(meetingIndex).getActionItems().get(actionIndex).getStatus();
			statusChoice.select(ActionStatus.VALUES.indexOf(status));
		}
	}

	/* One row per overdue item, the owner named on the first row of its group with how many it has. */
	private void showOverdue(Map<String, List<OverdueAction>> byOwner) {
		List<String[]> rows = new ArrayList<>();
		byOwner.forEach((owner, items) -> {
			for (OverdueAction item : items) {
				rows.add(new String[] {
						item == items.getFirst() ? Messages.format("overdue.owner", owner, items.size()) : "",
						item.description(), String.valueOf(item.dueDate()),
						Rows.literal(Literals.ACTION_STATUS, item.status()),
						Messages.format("action.overdue", item.daysOverdue()),
						Messages.format("overdue.meeting", Rows.literal(Literals.MEETING_KIND, item.meetingKind()),
								String.valueOf(item.meetingDate()), item.position()) });
			}
		});
		if (rows.isEmpty()) {
			rows.add(new String[] { Messages.format("overdue.none") });
		}
		fill(overdueTable, rows);
	}

	private static Group group(Composite parent, String titleKey) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.format(titleKey));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		return group;
	}

	private static Button button(Composite parent, String textKey, String id, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.format(textKey));
		button.setData(AttributeForm.WIDGET_ID, id);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private static Label label(Composite parent, String id) {
		Label label = new Label(parent, SWT.WRAP);
		label.setData(AttributeForm.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private static Table table(Composite parent, String id, int height, String... titles) {
		Table table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setData(AttributeForm.WIDGET_ID, id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : titles) {
			new TableColumn(table, SWT.NONE).setText(title);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, height).applyTo(table);
		return table;
	}

	private static void fill(Table table, List<String[]> rows) {
		table.removeAll();
		for (String[] row : rows) {
			new TableItem(table, SWT.NONE).setText(row);
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	/** An action item's status in a meeting: the one to store, or the one a change replaced. */
	private record StatusChange(String meetingId, int position, ActionStatus status) {
	}
}
