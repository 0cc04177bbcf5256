package org.crm.enlace.plan.tests;

import static org.crm.enlace.core.indicator.IndicatorCodes.COMMISSIONS_COORDINATED;
import static org.crm.enlace.core.indicator.IndicatorCodes.FEWER_VICTIMS;
import static org.crm.enlace.core.indicator.IndicatorCodes.INFORMATION_AVAILABLE;
import static org.crm.enlace.core.indicator.IndicatorCodes.OFFICIALS_TRAINED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.IndicatorEvaluation;
import org.crm.enlace.plan.IndicatorReading;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.Provenance;
import org.crm.enlace.plan.SeedPlan;
import org.crm.enlace.plan.model.WorkPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precedence on crafted data: a value an area computes beats one entered by hand, which beats none; an area with
 * no data yet leaves the latest entry on or before the day; entries after the day are left out.
 */
class IndicatorEvaluationTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"));
	private static final LocalDate MAY = LocalDate.parse("2026-05-31");
	private static final LocalDate SEPTEMBER = LocalDate.parse("2026-09-30");
	/* The information indicator is computed; the commissions' area has data too; training has none yet. */
	private static final List<IndicatorSource> SOURCES = List.of(
			new CraftedSource(INFORMATION_AVAILABLE, BigDecimal.valueOf(4)),
			new CraftedSource(COMMISSIONS_COORDINATED, BigDecimal.valueOf(6)),
			new CraftedSource(OFFICIALS_TRAINED, null));

	@TempDir
	static Path data;

	@BeforeAll
	static void enterByHand() {
		try (RecordStore store = PlanStores.open(data, PlanStores.PRESIDENCY, CLOCK)) {
			WorkPlan plan = seed(store);
			FollowUp.enterValue(store, PlanStores.PRESIDENCY, plan, OFFICIALS_TRAINED, BigDecimal.valueOf(120), MAY,
					"informe ficticio de la OIM");
			FollowUp.enterValue(store, PlanStores.PRESIDENCY, plan, OFFICIALS_TRAINED, BigDecimal.valueOf(310),
					SEPTEMBER, "informe ficticio de EUA");
			FollowUp.enterValue(store, PlanStores.PRESIDENCY, plan, COMMISSIONS_COORDINATED, BigDecimal.ONE, MAY,
					"acta ficticia");
		}
	}

	@Test
	void aComputedValueComesFirstWithThePlansTargetAndTheAreasBreakdown() {
		IndicatorReading information = readings(SEPTEMBER).get(INFORMATION_AVAILABLE);
		assertEquals(Provenance.COMPUTED, information.provenance());
		assertEquals(Optional.of(BigDecimal.valueOf(4)), information.value());
		assertEquals(Optional.of(BigDecimal.valueOf(11)), information.target(), "the plan's target, not the area's");
		assertEquals("members", information.unit(), "the plan's unit");
		assertEquals("enlace.plan.tests", information.origin(), "the bundle that registered the source");
		assertEquals("crafted area: 3 countries", information.source());
		assertEquals(Map.of("GTM", BigDecimal.valueOf(4)), information.breakdown());
		assertEquals(Optional.of(SEPTEMBER), information.dated());
	}

	@Test
	void aComputedValueBeatsOneEnteredByHand() {
		IndicatorReading commissions = readings(SEPTEMBER).get(COMMISSIONS_COORDINATED);
		assertEquals(Provenance.COMPUTED, commissions.provenance());
		assertEquals(Optional.of(BigDecimal.valueOf(6)), commissions.value());
		assertEquals(Optional.of(BigDecimal.TEN), commissions.target(), "no target in the plan: the area's");
	}

	@Test
	void withoutDataInTheAreaTheLatestEntryOnOrBeforeTheDayCounts() {
		IndicatorReading september = readings(SEPTEMBER).get(OFFICIALS_TRAINED);
		assertEquals(Provenance.ENTERED, september.provenance());
		assertEquals(Optional.of(BigDecimal.valueOf(310)), september.value());
		assertEquals(Optional.of(SEPTEMBER), september.dated());
		assertEquals("HND", september.origin(), "entered by the Presidency's country");
		assertEquals("informe ficticio de EUA", september.source());
		assertEquals(Optional.empty(), september.target());
		IndicatorReading june = readings(LocalDate.parse("2026-06-15")).get(OFFICIALS_TRAINED);
		assertEquals(Optional.of(BigDecimal.valueOf(120)), june.value(), "the September entry is after the day");
		assertEquals(Provenance.NONE, readings(LocalDate.parse("2026-05-30")).get(OFFICIALS_TRAINED).provenance());
	}

	@Test
	void withNeitherThereIsNoValue() {
		IndicatorReading victims = readings(SEPTEMBER).get(FEWER_VICTIMS);
		assertEquals(Provenance.NONE, victims.provenance());
		assertEquals(Optional.empty(), victims.value());
		assertEquals("victims", victims.unit());
		assertEquals("", victims.origin());
		assertEquals(SEPTEMBER, victims.asOf());
	}

	@Test
	void everyIndicatorOfThePlanIsReadInThePlansOrder() {
		try (RecordStore store = PlanStores.open(data, PlanStores.LIAISON, CLOCK)) {
			List<IndicatorReading> readings = IndicatorEvaluation.evaluate(seed(store), store, List.of(), SEPTEMBER);
			assertEquals(List.of(INFORMATION_AVAILABLE, COMMISSIONS_COORDINATED, OFFICIALS_TRAINED, FEWER_VICTIMS),
					readings.stream().map(IndicatorReading::indicator).toList());
			assertEquals(List.of(Provenance.NONE, Provenance.ENTERED, Provenance.ENTERED, Provenance.NONE),
					readings.stream().map(IndicatorReading::provenance).toList(), "no area registered");
		}
	}

	private static Map<String, IndicatorReading> readings(LocalDate asOf) {
		try (RecordStore store = PlanStores.open(data, PlanStores.LIAISON, CLOCK)) {
			return IndicatorEvaluation.evaluate(seed(store), store, SOURCES, asOf).stream()
					.collect(Collectors.toMap(IndicatorReading::indicator, Function.identity()));
		}
	}

	private static WorkPlan seed(RecordStore store) {
		return Plans.find(store, SeedPlan.CODE).orElseThrow();
	}
}
