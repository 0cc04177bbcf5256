package org.crm.enlace.jtf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.jtf.Meetings;
import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.JtfPackage.Literals;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.crm.enlace.jtf.ui.JtfEditors;
import org.crm.enlace.jtf.ui.JtfPart;
import org.crm.enlace.jtf.ui.MeetingEditorPart;
import org.crm.enlace.jtf.ui.internal.Messages;
import org.crm.enlace.jtf.ui.internal.Rows;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting editor on the demo Task Force meeting (held 40 days ago, kept by the Secretariat), driven through its
 * widgets: fields and contained lists changed, undone and redone; a save with a problem lists it and stores nothing;
 * a valid save stores a new version that the Joint Task Force part shows once it reads the records again; another
 * organization's save is refused in words.
 */
class MeetingEditorPartTest {

	private static final LocalDate TODAY = Desk.CLOCK.today();

	@TempDir
	Path data;

	@Test
	void fieldAndListChangesAreUndoneAndRedone() {
		try (RecordStore store = Desk.open(data, Desk.SECRETARIAT); PartHost desk = editor(store, Desk.SECRETARIAT)) {
			MeetingEditorPart editor = desk.part(MeetingEditorPart.class);
			Meeting edited = edited(editor);
			CommandStack stack = editor.getEditingDomain().getCommandStack();
			String place = edited.getPlace();
			assertFalse(desk.self().isDirty());

			desk.widgets().typeAndEnter("meeting.place", "Sala de prueba 2");
			desk.widgets().choose("meeting.status", Rows.literal(Literals.MEETING_STATUS, MeetingStatus.CANCELLED));
			assertEquals("Sala de prueba 2", edited.getPlace());
			assertEquals(MeetingStatus.CANCELLED, edited.getStatus());
			assertTrue(desk.self().isDirty());

			stack.undo();
			assertEquals(MeetingStatus.HELD, edited.getStatus());
			assertEquals(Rows.literal(Literals.MEETING_STATUS, MeetingStatus.HELD),
					desk.widgets().find("meeting.status", org.eclipse.swt.widgets.Combo.class).getText());
			stack.undo();
			assertEquals(place, edited.getPlace());
			assertEquals(place, desk.widgets().find("meeting.place", Text.class).getText(), "the field shows the undone value");
			assertFalse(desk.self().isDirty(), "back to the stored meeting");
			stack.redo();
			assertEquals("Sala de prueba 2", desk.widgets().find("meeting.place", Text.class).getText());
			assertTrue(desk.self().isDirty());

			desk.widgets().press("meeting.actionItems.add");
			assertEquals(4, edited.getActionItems().size());
			assertEquals(ActionStatus.OPEN, edited.getActionItems().get(3).getStatus());
			desk.widgets().typeAndEnter("meeting.actionItems.3.description", "Compromiso de prueba");
			assertTrue(desk.widgets().has("meeting.actionItems.3.dueDate"));
			desk.widgets().press("meeting.agenda.remove.0");
			assertEquals(0, edited.getAgenda().size());
			Screenshots.saveForReview(desk.shell(), "jtf-meeting-editor-edited");

			stack.undo();
			assertEquals(1, edited.getAgenda().size(), "the agenda item is back");
			assertTrue(desk.widgets().has("meeting.agenda.0.title"));
			stack.undo();
			stack.undo();
			assertEquals(3, edited.getActionItems().size(), "the added item is gone");
			assertFalse(desk.widgets().has("meeting.actionItems.3.description"));
			stack.redo();
			assertEquals(4, edited.getActionItems().size());
			assertTrue(desk.widgets().has("meeting.actionItems.3.description"));
		}
	}

	@Test
	void theMinutesTakeSeveralLinesAndAreUndone() {
		try (RecordStore store = Desk.open(data, Desk.SECRETARIAT); PartHost desk = editor(store, Desk.SECRETARIAT)) {
			MeetingEditorPart editor = desk.part(MeetingEditorPart.class);
			Meeting edited = edited(editor);
			String minutes = edited.getMinutes();
			Text field = desk.widgets().find("meeting.minutes", Text.class);
			assertTrue((field.getStyle() & SWT.MULTI) != 0, "the minutes are a long text");
			assertTrue((desk.widgets().find("meeting.place", Text.class).getStyle() & SWT.MULTI) == 0, "the place is one line");

			desk.widgets().typeAndLeave("meeting.minutes", "Primera decisión de prueba.\nSegunda decisión de prueba.");
			assertEquals("Primera decisión de prueba.\nSegunda decisión de prueba.", edited.getMinutes());
			editor.getEditingDomain().getCommandStack().undo();
			assertEquals(minutes, edited.getMinutes());
			assertEquals(minutes, field.getText(), "the field shows the undone minutes");
		}
	}

	@Test
	void aSaveWithProblemsListsThemAndStoresNothing() {
		try (RecordStore store = Desk.open(data, Desk.SECRETARIAT); PartHost desk = editor(store, Desk.SECRETARIAT)) {
			MeetingEditorPart editor = desk.part(MeetingEditorPart.class);
			Meeting before = taskForce(store);

			desk.widgets().press("meeting.participants.add");
			desk.widgets().typeAndEnter("meeting.participants.2.organization", "Institución de prueba");
			desk.widgets().press("meeting.actionItems.add");
			desk.widgets().typeAndEnter("meeting.actionItems.3.description", "Compromiso de prueba");
			desk.widgets().typeAndEnter("meeting.actionItems.3.ownerOrganization", "Institución de prueba");
			desk.widgets().typeAndEnter("meeting.actionItems.3.dueDate", "29/11/2026");
			editor.save();
			Screenshots.saveForReview(desk.shell(), "jtf-meeting-editor-refused");

			List<String> shown = List.of(desk.widgets().find("meetingEditor.problems", org.eclipse.swt.widgets.List.class).getItems());
			List<String> expected = editor.currentProblems().stream().map(Problem::message).toList();
			assertEquals(expected, shown);
			assertEquals(3, shown.size(), shown.toString());
			assertTrue(shown.get(0).startsWith(Rows.type(Literals.ACTION_ITEM) + " 4")
					&& shown.get(0).contains(Rows.title(Literals.ACTION_ITEM__DUE_DATE)), "the unreadable date, by item");
			assertTrue(shown.stream().anyMatch(s -> s.contains("3")), "the participant without a name, by position");
			assertTrue(desk.self().isDirty());
			Meeting after = taskForce(store);
			assertEquals(before.getVersion(), after.getVersion(), "nothing stored");
			assertEquals(2, after.getParticipants().size());
			assertEquals(3, after.getActionItems().size());
			assertTrue(desk.posted().isEmpty());
		}
	}

	@Test
	void aValidSaveStoresANewVersionThatThePartShows() {
		try (RecordStore store = Desk.open(data, Desk.SECRETARIAT); PartHost desk = editor(store, Desk.SECRETARIAT);
				PartHost list = Desk.host(JtfPart.class, store, Desk.SECRETARIAT, Map.of())) {
			MeetingEditorPart editor = desk.part(MeetingEditorPart.class);
			Meeting before = taskForce(store);
			assertEquals(1, list.widgets().find("jtf.overdue", Table.class).getItemCount());

			desk.widgets().press("meeting.actionItems.add");
			desk.widgets().typeAndEnter("meeting.actionItems.3.description", "Compromiso de prueba vencido");
			desk.widgets().typeAndEnter("meeting.actionItems.3.ownerOrganization", "Institución de prueba");
			desk.widgets().typeAndEnter("meeting.actionItems.3.dueDate", TODAY.minusDays(5).toString());
			editor.save();
			Screenshots.saveForReview(desk.shell(), "jtf-meeting-editor-saved");

			assertEquals(List.of(RecordEvents.CHANGED), desk.posted(), "the list parts are told");
			assertFalse(desk.self().isDirty());
			Meeting after = taskForce(store);
			assertEquals(before.getVersion() + 1, after.getVersion(), "a new version");
			assertEquals(4, after.getActionItems().size());
			assertEquals(TODAY.minusDays(5), after.getActionItems().get(3).getDueDate());
			assertTrue(desk.widgets().find("meetingEditor.status", Label.class).getText().contains(
					String.valueOf(after.getVersion())), "the status line names the stored version");

			list.part(JtfPart.class).refresh();
			Table overdue = list.widgets().find("jtf.overdue", Table.class);
			assertEquals(2, overdue.getItemCount(), "the new overdue item is listed");
			boolean listed = false;
			for (var row : overdue.getItems()) {
				listed |= row.getText(1).equals("Compromiso de prueba vencido")
						&& row.getText(4).equals(Messages.format("action.overdue", 5));
			}
			assertTrue(listed, "overdue by 5 days");
			desk.shell().setVisible(false); // the editor's shell lies over the part's: out of the picture
			Screenshots.saveForReview(list.shell(), "jtf-part-after-meeting-saved");
		}
	}

	@Test
	void anotherOrganizationsSaveIsRefusedInWords() {
		try (RecordStore store = Desk.open(data, Desk.SECRETARIAT)) {
			assertEquals(2, Meetings.all(store).size());
		}
		try (RecordStore store = Desk.open(data, Desk.GUATEMALA); PartHost desk = editor(store, Desk.GUATEMALA)) {
			Meeting before = taskForce(store);
			String refusal = refusal(store, before);

			desk.widgets().typeAndEnter("meeting.place", "Sala de Guatemala");
			desk.part(MeetingEditorPart.class).save();
			Screenshots.saveForReview(desk.shell(), "jtf-meeting-editor-forbidden");

			assertEquals(refusal, desk.widgets().find("meetingEditor.status", Label.class).getText());
			assertEquals(before.getVersion(), taskForce(store).getVersion(), "nothing stored");
			assertEquals(before.getPlace(), taskForce(store).getPlace());
			assertTrue(desk.self().isDirty(), "the change is kept to be undone or saved elsewhere");
		}
	}

	private static PartHost editor(RecordStore store, org.crm.enlace.core.user.CurrentUser user) {
		return Desk.host(MeetingEditorPart.class, store, user, Map.of(JtfEditors.RECORD_ID, taskForce(store).getId()));
	}

	private static Meeting edited(MeetingEditorPart editor) {
		return editor.meeting();
	}

	private static Meeting taskForce(RecordRepository store) {
		return Meetings.all(store).stream().filter(m -> m.getKind() == MeetingKind.JOINT_TASK_FORCE).findFirst()
				.orElseThrow();
	}

	private static String refusal(RecordRepository store, Meeting meeting) {
		Meeting copy = EcoreUtil.copy(meeting);
		copy.setPlace("Sala de Guatemala");
		return Desk.refusal(store, copy);
	}
}
