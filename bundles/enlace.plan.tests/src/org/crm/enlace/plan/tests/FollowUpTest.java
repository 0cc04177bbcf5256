package org.crm.enlace.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.FollowUpRefusedException;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.SeedPlan;
import org.crm.enlace.plan.Timelines;
import org.crm.enlace.plan.model.ActivityStatus;
import org.crm.enlace.plan.model.ActivityUpdate;
import org.crm.enlace.plan.model.EvidenceLink;
import org.crm.enlace.plan.model.PlanFactory;
import org.crm.enlace.plan.model.PlanStatus;
import org.crm.enlace.plan.model.Timeline;
import org.crm.enlace.plan.model.TimelineAnchor;
import org.crm.enlace.plan.model.WorkPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who follows up and edits a plan, activity progress, and deadlines relative to an approval. */
class FollowUpTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"));
	private static final Clock A_WEEK_LATER = Clock.fixed(Instant.parse("2026-11-09T12:00:00Z"));
	private static final String SPECIMENS_EXCHANGE = "IE-O1-R1.4-A1.4.1";

	@TempDir
	Path data;

	@Test
	void theSecretariatAndThePresidencyRecordProgressWithEvidenceAndTheLatestStatusCounts() {
		try (RecordStore secretariat = PlanStores.open(data, PlanStores.SECRETARIAT, CLOCK)) {
			FollowUp.recordProgress(secretariat, PlanStores.SECRETARIAT, seed(secretariat), SPECIMENS_EXCHANGE,
					ActivityStatus.IN_PROGRESS, LocalDate.parse("2026-03-01"), "primer intercambio ficticio",
					List.of(evidence("specimens.DocumentSpecimen", "specimen-ficticio-1")));
		}
		try (RecordStore presidency = PlanStores.open(data, PlanStores.PRESIDENCY, CLOCK)) {
			ActivityUpdate done = FollowUp.recordProgress(presidency, PlanStores.PRESIDENCY, seed(presidency),
					SPECIMENS_EXCHANGE, ActivityStatus.DONE, LocalDate.parse("2026-06-01"), "todos intercambiaron",
					List.of());
			assertEquals("HND", done.getOwnerCountry(), "a record of the Presidency's country");
		}
		try (RecordStore liaison = PlanStores.open(data, PlanStores.LIAISON, CLOCK)) {
			List<ActivityUpdate> updates = FollowUp.updates(liaison, seed(liaison));
			assertEquals(2, updates.size(), "every member reads the follow-up");
			assertEquals(ActivityStatus.IN_PROGRESS,
					FollowUp.status(updates, SPECIMENS_EXCHANGE, LocalDate.parse("2026-05-31")));
			assertEquals(ActivityStatus.DONE, FollowUp.status(updates, SPECIMENS_EXCHANGE, CLOCK.today()));
			assertEquals(ActivityStatus.NOT_STARTED,
					FollowUp.status(updates, SPECIMENS_EXCHANGE, LocalDate.parse("2026-02-28")));
			assertEquals("specimen-ficticio-1", FollowUp.latest(updates, SPECIMENS_EXCHANGE, LocalDate.parse("2026-05-31"))
					.orElseThrow().getEvidence().getFirst().getRecordId());
		}
	}

	@Test
	void otherRolesReadButDoNotFollowUpAndWrongKeysOrMissingFieldsAreRefused() {
		try (RecordStore liaison = PlanStores.open(data, PlanStores.LIAISON, CLOCK)) {
			WorkPlan plan = seed(liaison);
			FollowUpRefusedException refused = assertThrows(FollowUpRefusedException.class,
					() -> FollowUp.enterValue(liaison, PlanStores.LIAISON, plan, IndicatorCodes.FEWER_VICTIMS,
							BigDecimal.ONE, CLOCK.today(), "fuente"));
			assertEquals(FollowUp.refusal(PlanStores.LIAISON).orElseThrow().message(), refused.getMessage(),
					"the follow-up's own words, not the store's about another organization's records");
			assertFalse(Plans.mayEdit(PlanStores.LIAISON));
		}
		try (RecordStore presidency = PlanStores.open(data, PlanStores.PRESIDENCY, CLOCK)) {
			WorkPlan plan = seed(presidency);
			IllegalArgumentException noActivity = assertThrows(IllegalArgumentException.class,
					() -> FollowUp.recordProgress(presidency, PlanStores.PRESIDENCY, plan, "IE-O9-A9", ActivityStatus.DONE,
							CLOCK.today(), "", List.of()));
			assertTrue(noActivity.getMessage().contains("IE-O9-A9"), noActivity.getMessage());
			assertThrows(IllegalArgumentException.class, () -> FollowUp.enterValue(presidency, PlanStores.PRESIDENCY,
					plan, "no-such-indicator", BigDecimal.ONE, CLOCK.today(), "fuente"));
			IllegalArgumentException noSource = assertThrows(IllegalArgumentException.class,
					() -> FollowUp.enterValue(presidency, PlanStores.PRESIDENCY, plan, IndicatorCodes.FEWER_VICTIMS,
							BigDecimal.ONE, CLOCK.today(), " "));
			assertTrue(noSource.getMessage().contains(IndicatorCodes.FEWER_VICTIMS), noSource.getMessage());
			assertEquals(List.of(), FollowUp.entries(presidency, plan), "nothing saved");
		}
	}

	@Test
	void thePresidencyChangesTheSecretariatsPlanThroughAnEditionOfItsOwn() {
		PlanStores.open(data, PlanStores.SECRETARIAT, CLOCK).close();
		try (RecordStore presidency = PlanStores.open(data, PlanStores.PRESIDENCY, A_WEEK_LATER)) {
			WorkPlan seed = seed(presidency);
			assertFalse(Plans.mayEdit(PlanStores.PRESIDENCY, seed));
			seed.setTitleEn("changed in place");
			StoreException refused = assertThrows(StoreException.class, () -> presidency.save(seed));
			assertEquals(StoreException.Reason.FORBIDDEN, refused.reason());
			WorkPlan edition = Plans.newEdition(seed(presidency), "CRM-PT-1-HND");
			edition.setStatus(PlanStatus.IN_FORCE);
			WorkPlan saved = presidency.save(edition);
			assertEquals("HND", saved.getOwnerCountry());
			assertTrue(Plans.mayEdit(PlanStores.PRESIDENCY, saved));
			assertEquals(Plans.indicators(seed).count(), Plans.indicators(saved).count());
			assertEquals(Optional.of(saved.getId()), Plans.current(presidency).map(WorkPlan::getId),
					"the plan in force saved last");
		}
		try (RecordStore secretariat = PlanStores.open(data, PlanStores.SECRETARIAT, CLOCK)) {
			WorkPlan seed = seed(secretariat);
			assertTrue(Plans.mayEdit(PlanStores.SECRETARIAT, seed));
			seed.setApprovedOn(LocalDate.parse("2026-01-15"));
			assertEquals(Owners.SECRETARIAT, secretariat.save(seed).getOwnerCountry());
		}
	}

	@Test
	void aDeadlineIsItsDateOrItsAnchorsDatePlusItsMonths() {
		Timeline sixMonths = PlanFactory.eINSTANCE.createTimeline();
		sixMonths.setAnchor(TimelineAnchor.PLAN_APPROVAL);
		sixMonths.setMonthsAfter(6);
		assertEquals(Optional.of(LocalDate.parse("2026-07-15")), Timelines.deadline(sixMonths,
				anchor -> anchor == TimelineAnchor.PLAN_APPROVAL ? Optional.of(LocalDate.parse("2026-01-15"))
						: Optional.empty()));
		assertEquals(Optional.empty(), Timelines.deadline(sixMonths, anchor -> Optional.empty()), "not approved yet");
		sixMonths.setDeadline(LocalDate.parse("2026-12-31"));
		assertEquals(Optional.of(LocalDate.parse("2026-12-31")), Timelines.deadline(sixMonths, anchor -> Optional.empty()));
		Timeline undated = PlanFactory.eINSTANCE.createTimeline();
		undated.setAnchor(TimelineAnchor.NONE);
		assertEquals(Optional.empty(), Timelines.deadline(undated, anchor -> Optional.of(LocalDate.MIN)));
	}

	private static EvidenceLink evidence(String type, String id) {
		EvidenceLink link = PlanFactory.eINSTANCE.createEvidenceLink();
		link.setRecordType(type);
		link.setRecordId(id);
		return link;
	}

	private static WorkPlan seed(RecordStore store) {
		return Plans.find(store, SeedPlan.CODE).orElseThrow();
	}
}
