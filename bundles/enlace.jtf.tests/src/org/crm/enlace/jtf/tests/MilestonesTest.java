package org.crm.enlace.jtf.tests;

import static org.crm.enlace.jtf.tests.JtfStores.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.jtf.MilestoneStatus;
import org.crm.enlace.jtf.MilestoneStatus.State;
import org.crm.enlace.jtf.Milestones;
import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.MeetingKind;
import org.crm.enlace.jtf.model.MeetingStatus;
import org.crm.enlace.jtf.model.Milestone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The milestone "network–Task Force meeting before the GRCM meeting in Panama", computed from the meetings. */
class MilestonesTest {

	private static final Milestone MILESTONE = Milestones.jtfBeforeGrcmPanama();
	private static final LocalDate DAY = LocalDate.parse("2026-11-29");

	@TempDir
	Path data;

	@Test
	void metByATaskForceMeetingHeldBeforeTheGrcmMeetingInPanama() {
		Meeting grcm = meeting(MeetingKind.GRCM, "2027-02-10", "PAN", MeetingStatus.PLANNED);
		Meeting taskForce = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-11-20", "GTM", MeetingStatus.HELD);

		MilestoneStatus status = Milestones.status(MILESTONE, List.of(grcm, taskForce), DAY);

		assertEquals(State.MET, status.state());
		assertEquals(Optional.of(grcm), status.reference());
		assertEquals(Optional.of(taskForce), status.metBy());
	}

	@Test
	void pendingWhileTheTaskForceMeetingIsOnlyPlannedOrTheGrcmMeetingUnknown() {
		Meeting grcm = meeting(MeetingKind.GRCM, "2027-02-10", "PAN", MeetingStatus.PLANNED);
		Meeting planned = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-12-15", "GTM", MeetingStatus.PLANNED);
		Meeting held = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-11-20", "GTM", MeetingStatus.HELD);
		Meeting grcmElsewhere = meeting(MeetingKind.GRCM, "2027-01-10", "MEX", MeetingStatus.PLANNED);
		Meeting networkOnly = meeting(MeetingKind.NETWORK, "2026-11-20", "GTM", MeetingStatus.HELD);

		assertEquals(State.PENDING, Milestones.status(MILESTONE, List.of(grcm, planned), DAY).state());
		assertEquals(State.PENDING, Milestones.status(MILESTONE, List.of(grcm, networkOnly), DAY).state());
		assertEquals(State.PENDING, Milestones.status(MILESTONE, List.of(held, grcmElsewhere), DAY).state());
		assertEquals(Optional.empty(), Milestones.status(MILESTONE, List.of(held), DAY).reference());
	}

	@Test
	void missedWhenTheGrcmMeetingCameWithoutATaskForceMeetingHeldBeforeIt() {
		Meeting grcm = meeting(MeetingKind.GRCM, "2026-11-10", "PAN", MeetingStatus.HELD);
		Meeting sameDay = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-11-10", "PAN", MeetingStatus.HELD);
		Meeting after = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-11-20", "GTM", MeetingStatus.HELD);
		Meeting cancelled = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-10-20", "GTM", MeetingStatus.CANCELLED);

		MilestoneStatus status = Milestones.status(MILESTONE, List.of(grcm, sameDay, after, cancelled), DAY);

		assertEquals(State.MISSED, status.state());
		assertEquals(Optional.empty(), status.metBy());
		assertEquals(State.PENDING,
				Milestones.status(MILESTONE, List.of(grcm, sameDay), LocalDate.parse("2026-11-09")).state());
	}

	@Test
	void aCancelledGrcmMeetingIsNotTheReference() {
		Meeting cancelledGrcm = meeting(MeetingKind.GRCM, "2026-10-01", "PAN", MeetingStatus.CANCELLED);
		Meeting grcm = meeting(MeetingKind.GRCM, "2027-03-01", "PAN", MeetingStatus.PLANNED);
		Meeting taskForce = meeting(MeetingKind.JOINT_TASK_FORCE, "2026-11-20", "GTM", MeetingStatus.HELD);

		MilestoneStatus status = Milestones.status(MILESTONE, List.of(cancelledGrcm, grcm, taskForce), DAY);

		assertEquals(State.MET, status.state());
		assertEquals(Optional.of(grcm), status.reference());
	}

	@Test
	void everyStoreHoldsTheSeededMilestoneWhoseStatusComesFromTheStoredMeetings() {
		try (RecordStore store = JtfStores.open(data, JtfStores.GUATEMALA)) {
			List<Milestone> milestones = Milestones.all(store);
			assertEquals(List.of(Milestones.JTF_BEFORE_GRCM_PANAMA), milestones.stream().map(Milestone::getCode).toList());
			Milestone seeded = milestones.get(0);
			assertEquals(State.PENDING, Milestones.status(seeded, store, DAY).state());

			store.save(meeting(MeetingKind.GRCM, "2027-02-10", "PAN", MeetingStatus.PLANNED));
			store.save(meeting(MeetingKind.JOINT_TASK_FORCE, "2026-11-20", "GTM", MeetingStatus.HELD));

			MilestoneStatus status = Milestones.status(seeded, store, DAY);
			assertEquals(State.MET, status.state());
			assertEquals(LocalDate.parse("2026-11-20"), status.metBy().orElseThrow().getDate());
		}
	}
}
