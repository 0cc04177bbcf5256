package org.crm.enlace.jtf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.jtf.Meetings;
import org.crm.enlace.jtf.Milestones;
import org.crm.enlace.jtf.internal.JtfDemoData;
import org.crm.enlace.jtf.internal.MilestoneSeeding;
import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.JtfPackage.Literals;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.ParticipantRole;
import org.crm.enlace.jtf.ui.JtfEditors;
import org.crm.enlace.jtf.ui.JtfPart;
import org.crm.enlace.jtf.ui.internal.Messages;
import org.crm.enlace.jtf.ui.internal.Rows;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Joint Task Force part made by E4's injector in a real SWT shell (under Xvfb in the build) on a real Derby
 * store holding the area's demo data: the Task Force meeting 40 days ago with an action item overdue by 10 days,
 * the GRCM meeting in Panama ahead (milestone met), four national commissions of which two count. The Secretariat,
 * which keeps the minutes, changes an action item's status; a liaison officer of Guatemala is refused by the store
 * and told so in words.
 */
class JtfPartTest {

	private static final NodeKeys KEYS = NodeKeys.generate();
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final LocalDate TODAY = CLOCK.today();
	private static final CurrentUser SECRETARIAT = new CurrentUser("xst.ficticia", "XST", Role.SECRETARIAT);
	private static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);

	@TempDir
	Path data;

	@Test
	void showsTheDemoMeetingsOverdueItemsMilestoneAndCommissions() {
		try (RecordStore store = open(SECRETARIAT, DemoLoading.INTO_NEW_STORE); Bench bench = new Bench(store, SECRETARIAT)) {
			Table meetings = bench.find("jtf.meetings", Table.class);
			assertEquals(2, meetings.getItemCount());
			assertEquals(String.valueOf(TODAY.minusDays(40)), meetings.getItem(0).getText(1));
			assertEquals(String.valueOf(TODAY.plusDays(60)), meetings.getItem(1).getText(1));

			Table actions = bench.find("jtf.actions", Table.class);
			assertEquals(3, actions.getItemCount(), "the first meeting is selected with its three action items");
			assertEquals(Messages.format("action.overdue", 10), actions.getItem(0).getText(5));
			assertEquals("", actions.getItem(1).getText(5), "done: never overdue");
			assertEquals("", actions.getItem(2).getText(5), "due in 30 days");
			String details = bench.find("jtf.details", Text.class).getText();
			assertTrue(details.contains(Rows.literal(Literals.PARTICIPANT_ROLE, ParticipantRole.DELEGATE)), details);
			assertTrue(!details.contains("Participante Demo"), "participants by organization and role, not by name");

			Table overdue = bench.find("jtf.overdue", Table.class);
			assertEquals(1, overdue.getItemCount());
			assertEquals(actions.getItem(0).getText(2) + " (1)", overdue.getItem(0).getText(0));
			assertEquals(Messages.format("action.overdue", 10), overdue.getItem(0).getText(4));

			String title = Milestones.all(store).getFirst().getTitle();
			assertEquals(Messages.format("milestone.met", title, TODAY.plusDays(60).toString(),
					TODAY.minusDays(40).toString()), bench.part.milestoneText());

			Table commissions = bench.find("jtf.commissions", Table.class);
			assertEquals(4, commissions.getItemCount());
			assertEquals("CRI", commissions.getItem(0).getText(0), "by country");
			assertEquals(Messages.format("answer.yes"), commissions.getItem(1).getText(4), "Guatemala counts");
			assertEquals("SLV", commissions.getItem(3).getText(0));
			assertEquals(Messages.format("answer.yes"), commissions.getItem(3).getText(2), "marked as coordinated");
			assertEquals(Messages.format("answer.no"), commissions.getItem(3).getText(4), "activity 15 months ago");
			assertEquals(Messages.format("indicator.value", 2, 11, TODAY.toString(), 12), bench.part.indicatorText());
			Screenshots.saveForReview(bench.shell, "jtf-demo");
		}
	}

	@Test
	void theSecretariatChangesAnOverdueItemsStatusAndItIsSaved() {
		try (RecordStore store = open(SECRETARIAT, DemoLoading.INTO_NEW_STORE); Bench bench = new Bench(store, SECRETARIAT)) {
			int before = taskForceMeeting(store).getVersion();

			bench.changeFirstActionTo(ActionStatus.DONE);

			assertEquals(Messages.format("status.saved", 1, bench.find("jtf.actionStatus", Combo.class).getText()),
					bench.part.feedbackText());
			Meeting stored = taskForceMeeting(store);
			assertEquals(ActionStatus.DONE, stored.getActionItems().get(0).getStatus());
			assertEquals(before + 1, stored.getVersion(), "saved once");
			assertEquals(1, bench.find("jtf.overdue", Table.class).getItemCount());
			assertEquals(Messages.format("overdue.none"), bench.find("jtf.overdue", Table.class).getItem(0).getText(0));
			assertEquals("", bench.find("jtf.actions", Table.class).getItem(0).getText(5), "no longer overdue");
			Screenshots.saveForReview(bench.shell, "jtf-status-saved");

			bench.press("jtf.undo");

			assertEquals(ActionStatus.OPEN, taskForceMeeting(store).getActionItems().get(0).getStatus());
			assertEquals(before + 2, taskForceMeeting(store).getVersion(), "undone as a new version");
			assertEquals(Messages.format("status.undone", 1, Rows.literal(Literals.ACTION_STATUS, ActionStatus.OPEN)),
					bench.part.feedbackText());
			assertEquals(Messages.format("action.overdue", 10),
					bench.find("jtf.overdue", Table.class).getItem(0).getText(4), "the reminder is back");
			assertTrue(!bench.find("jtf.undo", Button.class).isEnabled(), "nothing left to undo");
			Screenshots.saveForReview(bench.shell, "jtf-status-undone");
		}
	}

	@Test
	void aLiaisonOfficerOfAnotherOrganizationIsRefusedInWords() {
		try (RecordStore store = open(SECRETARIAT, DemoLoading.INTO_NEW_STORE)) {
			assertEquals(2, Meetings.all(store).size());
		}
		try (RecordStore store = open(GUATEMALA, DemoLoading.NEVER); Bench bench = new Bench(store, GUATEMALA)) {
			Meeting before = taskForceMeeting(store);
			String refusal = expectedRefusal(store, before);

			bench.changeFirstActionTo(ActionStatus.DONE);

			assertEquals(Messages.format("status.refused", refusal), bench.part.feedbackText());
			Meeting after = taskForceMeeting(store);
			assertEquals(ActionStatus.OPEN, after.getActionItems().get(0).getStatus());
			assertEquals(before.getVersion(), after.getVersion(), "nothing stored");
			assertTrue(!bench.find("jtf.undo", Button.class).isEnabled(), "nothing to undo");
			assertEquals(Messages.format("action.overdue", 10),
					bench.find("jtf.actions", Table.class).getItem(0).getText(5), "still shown overdue");
			Screenshots.saveForReview(bench.shell, "jtf-status-refused");
		}
	}

	@Test
	void theButtonsOpenTheEditorsBesideThePartOnTheSelectedRecord() {
		try (RecordStore store = open(SECRETARIAT, DemoLoading.INTO_NEW_STORE); Bench bench = new Bench(store, SECRETARIAT)) {
			bench.press("jtf.editMeeting");
			MPart meetingEditor = bench.desk.opened().getFirst();
			assertEquals(JtfEditors.MEETING_EDITOR, meetingEditor.getElementId());
			assertEquals(Meetings.all(store).getFirst().getId(), meetingEditor.getTransientData().get(JtfEditors.RECORD_ID));
			assertSame(bench.desk.self().getParent(), meetingEditor.getParent(), "in the part's own stack");

			bench.press("jtf.editCommission");
			assertEquals(Messages.format("commission.chooseFirst"), bench.part.feedbackText(), "none selected yet");
			assertEquals(1, bench.desk.opened().size());
			Table commissions = bench.find("jtf.commissions", Table.class);
			commissions.setSelection(1);
			bench.press("jtf.editCommission");
			MPart commissionEditor = bench.desk.opened().get(1);
			assertEquals(JtfEditors.COMMISSION_EDITOR, commissionEditor.getElementId());
			String guatemala = store.findAll(Literals.NATIONAL_COMMISSION, NationalCommission.class).stream()
					.filter(c -> "GTM".equals(c.getCountry())).findFirst().orElseThrow().getId();
			assertEquals(guatemala, commissionEditor.getTransientData().get(JtfEditors.RECORD_ID));

			bench.press("jtf.newMeeting");
			assertEquals(JtfEditors.MEETING_EDITOR, bench.desk.opened().get(2).getElementId());
			assertFalse(bench.desk.opened().get(2).getTransientData().containsKey(JtfEditors.RECORD_ID), "a new meeting");
		}
	}

	/* What the store says to this user about writing the Secretariat's meeting; the part must show it as is. */
	private static String expectedRefusal(RecordRepository store, Meeting meeting) {
		Meeting copy = EcoreUtil.copy(meeting);
		copy.getActionItems().get(0).setStatus(ActionStatus.DONE);
		return Desk.refusal(store, copy);
	}

	private static Meeting taskForceMeeting(RecordRepository store) {
		return Meetings.all(store).stream().filter(m -> m.getKind() == MeetingKind.JOINT_TASK_FORCE).findFirst()
				.orElseThrow();
	}

	private RecordStore open(CurrentUser user, DemoLoading demo) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, demo, List.of(new MilestoneSeeding()), List.of(),
				List.of(new JtfDemoData())).store();
	}

	/** The part in a shell on the desk, and a user's hands: select a row, pick a status, press the button. */
	private static final class Bench implements AutoCloseable {

		final PartHost desk;
		final Shell shell;
		final JtfPart part;

		Bench(RecordStore store, CurrentUser user) {
			desk = Desk.host(JtfPart.class, store, user, Map.of());
			shell = desk.shell();
			part = desk.part(JtfPart.class);
		}

		void changeFirstActionTo(ActionStatus status) {
			Table actions = find("jtf.actions", Table.class);
			actions.setFocus();
			actions.setSelection(0);
			actions.notifyListeners(SWT.Selection, new Event());
			Combo choice = find("jtf.actionStatus", Combo.class);
			choice.select(ActionStatus.VALUES.indexOf(status));
			press("jtf.changeStatus");
		}

		void press(String id) {
			desk.widgets().press(id);
		}

		<T extends Control> T find(String id, Class<T> type) {
			return desk.widgets().find(id, type);
		}

		@Override
		public void close() {
			desk.close();
		}
	}
}
