package org.crm.enlace.jtf.tests;

import static org.crm.enlace.jtf.tests.JtfStores.TODAY;
import static org.crm.enlace.jtf.tests.JtfStores.commission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.jtf.CoordinatedCommissions;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.model.Releasability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "National commissions working in coordination" on crafted commissions, in lists and in a real store. */
class CoordinatedCommissionsTest {

	private static final BigDecimal ONE = BigDecimal.ONE;
	private static final BigDecimal ZERO = BigDecimal.ZERO;

	@TempDir
	Path data;

	@Test
	void countsMarkedCommissionsWithAJointActivityInsideTheWindowOnly() {
		List<NationalCommission> commissions = List.of(
				commission("GTM", true, TODAY.minusMonths(3)), // inside
				commission("CRI", true, TODAY.minusMonths(12)), // the window's first day: inside
				commission("HND", true, TODAY.minusMonths(12).minusDays(1)), // a day too old
				commission("SLV", false, TODAY.minusDays(5)), // recent, but not marked
				commission("MEX", true, null), // marked, no activity
				commission("PAN", true, TODAY.plusDays(1)), // after the day asked about
				commission("COL", true, TODAY.minusDays(5))); // an observer: not in the indicator
		IndicatorValue value = CoordinatedCommissions.compute(commissions, TODAY).orElseThrow();

		assertEquals(IndicatorCodes.COMMISSIONS_COORDINATED, value.indicator());
		assertEquals(BigDecimal.valueOf(2), value.value());
		assertEquals(Optional.of(BigDecimal.valueOf(11)), value.target());
		assertEquals(TODAY, value.asOf());
		assertEquals(Map.of("GTM", ONE, "CRI", ONE, "HND", ZERO, "SLV", ZERO, "MEX", ZERO, "PAN", ZERO),
				value.breakdown());
		assertTrue(value.source().contains("2") && value.source().contains("6") && value.source().contains("12"),
				value.source());
	}

	@Test
	void theSameCommissionCountsOrNotDependingOnTheDayAsked() {
		NationalCommission guatemala = commission("GTM", true, LocalDate.parse("2026-01-15"));

		assertFalse(CoordinatedCommissions.counts(guatemala, LocalDate.parse("2026-01-14")));
		assertTrue(CoordinatedCommissions.counts(guatemala, LocalDate.parse("2026-01-15")));
		assertTrue(CoordinatedCommissions.counts(guatemala, LocalDate.parse("2027-01-15")));
		assertFalse(CoordinatedCommissions.counts(guatemala, LocalDate.parse("2027-01-16")));
	}

	@Test
	void aCountryWithTwoCommissionRecordsCountsOnce() {
		IndicatorValue value = CoordinatedCommissions.compute(List.of(commission("GTM", true, TODAY.minusDays(1)),
				commission("GTM", true, TODAY.minusDays(2)), commission("GTM", false, null)), TODAY).orElseThrow();

		assertEquals(ONE, value.value());
		assertEquals(Map.of("GTM", ONE), value.breakdown());
	}

	@Test
	void withoutAnyCommissionOfAMemberThereIsNoValue() {
		assertEquals(Optional.empty(), CoordinatedCommissions.compute(List.of(), TODAY));
		assertEquals(Optional.empty(),
				CoordinatedCommissions.compute(List.of(commission("COL", true, TODAY)), TODAY));
	}

	@Test
	void theRegisteredSourceReadsOnlyTheCommissionsTheUserMaySee() {
		try (RecordStore store = JtfStores.open(data, JtfStores.GUATEMALA)) {
			store.save(commission("GTM", true, TODAY.minusMonths(1)));
		}
		try (RecordStore store = JtfStores.open(data, JtfStores.HONDURAS)) {
			store.save(commission("HND", false, TODAY.minusMonths(2)));
			NationalCommission ownEyesOnly = commission("HND", true, TODAY.minusMonths(1));
			ownEyesOnly.setReleasability(Releasability.OWNER_ONLY);
			store.save(ownEyesOnly);
		}
		Services.await(IndicatorSource.class, 10_000);
		IndicatorSource source = Services.all(IndicatorSource.class).stream()
				.filter(s -> s.indicator().equals(IndicatorCodes.COMMISSIONS_COORDINATED)).findFirst()
				.orElseThrow(() -> new AssertionError("no IndicatorSource for " + IndicatorCodes.COMMISSIONS_COORDINATED));
		try (RecordStore store = JtfStores.open(data, JtfStores.GUATEMALA)) {
			IndicatorValue value = source.compute(store, TODAY).orElseThrow();
			assertEquals(ONE, value.value());
			assertEquals(Map.of("GTM", ONE, "HND", ZERO), value.breakdown());

			IndicatorValue earlier = source.compute(store, TODAY.minusMonths(1).minusDays(1)).orElseThrow();
			assertEquals(Map.of("GTM", ZERO, "HND", ZERO), earlier.breakdown());
		}
		try (RecordStore store = JtfStores.open(data, JtfStores.HONDURAS)) {
			assertEquals(Map.of("GTM", ONE, "HND", ONE), source.compute(store, TODAY).orElseThrow().breakdown());
		}
	}
}
