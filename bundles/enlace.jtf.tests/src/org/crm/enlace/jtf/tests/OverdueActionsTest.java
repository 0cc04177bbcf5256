package org.crm.enlace.jtf.tests;

import static org.crm.enlace.jtf.tests.JtfStores.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.jtf.Meetings;
import org.crm.enlace.jtf.OverdueAction;
import org.crm.enlace.jtf.OverdueActions;
import org.crm.enlace.jtf.model.ActionStatus;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reminders of action items still open or in progress after their due date, per owner organization. */
class OverdueActionsTest {

	private static final LocalDate DAY = LocalDate.parse("2026-11-29");

	@TempDir
	Path data;

	@Test
	void onlyOpenOrInProgressItemsPastTheirDueDateAreOverdue() {
		Meeting meeting = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-10-01", "GTM", MeetingStatus.HELD);
		Meetings.addActionItem(meeting, "Fiscalía", "abierto y vencido", LocalDate.parse("2026-11-19"));
		Meetings.addActionItem(meeting, "Migración", "en curso y vencido", LocalDate.parse("2026-11-28"))
				.setStatus(ActionStatus.IN_PROGRESS);
		Meetings.addActionItem(meeting, "Migración", "vence hoy", DAY);
		Meetings.addActionItem(meeting, "Migración", "cumplido", LocalDate.parse("2026-10-15"))
				.setStatus(ActionStatus.DONE);
		Meetings.addActionItem(meeting, "Migración", "cancelado", LocalDate.parse("2026-10-15"))
				.setStatus(ActionStatus.CANCELLED);
		Meetings.addActionItem(meeting, "Migración", "sin fecha", null);
		Meetings.addActionItem(meeting, "Aduanas", "abierto y vencido hace mucho", LocalDate.parse("2026-10-02"));

		List<OverdueAction> overdue = OverdueActions.asOf(List.of(meeting), DAY);

		assertEquals(List.of("Aduanas", "Fiscalía", "Migración"),
				overdue.stream().map(OverdueAction::ownerOrganization).toList());
		assertEquals(List.of(7, 1, 2), overdue.stream().map(OverdueAction::position).toList());
		assertEquals(List.of(58L, 10L, 1L), overdue.stream().map(OverdueAction::daysOverdue).toList());
		assertEquals(ActionStatus.IN_PROGRESS, overdue.get(2).status());
		assertEquals(List.of(), OverdueActions.asOf(List.of(meeting), LocalDate.parse("2026-10-02")));
	}

	@Test
	void remindersAreGroupedPerOwnerAcrossMeetingsOfTheStore() {
		Meeting first = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-09-01", "GTM", MeetingStatus.HELD);
		Meetings.addActionItem(first, "Migración", "informe", LocalDate.parse("2026-11-01"));
		Meetings.addActionItem(first, "Fiscalía", "listado", LocalDate.parse("2026-10-01"));
		Meeting second = meeting(MeetingKind.NETWORK, "2026-10-10", "GTM", MeetingStatus.HELD);
		Meetings.addActionItem(second, "migración", "agenda", LocalDate.parse("2026-10-20"));
		Meetings.addActionItem(second, "Fiscalía", "aún a tiempo", LocalDate.parse("2026-12-20"));
		try (RecordStore store = JtfStores.open(data, JtfStores.GUATEMALA)) {
			store.save(first);
			store.save(second);

			Map<String, List<OverdueAction>> byOwner = OverdueActions.byOwner(OverdueActions.asOf(store, DAY));

			assertEquals(2, byOwner.size(), "an owner written in another case is the same owner");
			assertEquals(List.of("listado"), byOwner.get("Fiscalía").stream().map(OverdueAction::description).toList());
			assertEquals(List.of("agenda", "informe"),
					byOwner.get("MIGRACIÓN").stream().map(OverdueAction::description).toList());
			assertEquals(MeetingKind.NETWORK, byOwner.get("Migración").get(0).meetingKind());
		}
	}
}
