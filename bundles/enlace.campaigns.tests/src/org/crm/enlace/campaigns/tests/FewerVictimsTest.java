package org.crm.enlace.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.campaigns.Campaigns;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.DateRange;
import org.crm.enlace.campaigns.statistics.FewerVictims;
import org.crm.enlace.campaigns.statistics.FewerVictims.Comparison;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicator "fewer victims" on crafted statistics: what is compared with what, and who is left out. */
class FewerVictimsTest {

	private static final LocalDate AS_OF = LocalDate.parse("2026-03-01");

	@TempDir
	Path data;

	private final CampaignProject project = project("2025-01-01");

	@Test
	void theLatestCompletePeriodIsComparedWithTheSameNumberOfMonthsBeforeTheCampaign() {
		VictimStatistics latest = CampaignStores.statistics("GTM", "2025-07-01", "2025-12-31", 50, 20);
		VictimStatisticsRecords.addCell(latest, CampaignStores.MIGRANTS, 500);
		List<VictimStatistics> statistics = List.of(
				CampaignStores.statistics("GTM", "2024-07-01", "2024-12-31", 60, 40),
				CampaignStores.statistics("GTM", "2025-01-01", "2025-06-30", 55, 35), latest,
				// not complete on the day asked about: left out
				CampaignStores.statistics("GTM", "2026-01-01", "2026-06-30", 1, 1));
		Comparison gtm = FewerVictims.compare(statistics, List.of(adaptation("GTM", "2025-01-01")), List.of(project),
				AS_OF).get("GTM");
		assertEquals(new DateRange(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-12-31")), gtm.latest());
		assertEquals(new DateRange(LocalDate.parse("2024-07-01"), LocalDate.parse("2024-12-31")), gtm.baseline(),
				"six whole months before the campaign started");
		assertEquals(100, gtm.before());
		assertEquals(70, gtm.after(), "smuggled migrants are not victims of trafficking: not counted");
		assertEquals(30, gtm.fewer());
	}

	@Test
	void aBaselineMadeOfShorterPeriodsCountsWhenTheyCoverItDayAfterDay() {
		List<VictimStatistics> statistics = List.of(
				CampaignStores.statistics("HND", "2024-07-01", "2024-09-30", 30, 10),
				CampaignStores.statistics("HND", "2024-10-01", "2024-12-31", 20, 10),
				CampaignStores.statistics("HND", "2025-07-01", "2025-12-31", 50, 30));
		Comparison hnd = FewerVictims.compare(statistics, List.of(adaptation("HND", "2025-01-01")), List.of(project),
				AS_OF).get("HND");
		assertEquals(70, hnd.before());
		assertEquals(80, hnd.after());
		assertEquals(-10, hnd.fewer(), "more victims identified: negative");
	}

	@Test
	void aCountryIsLeftOutWhenItsBaselineHasAGapOrItHasNoPeriodSinceTheCampaign() {
		List<VictimStatistics> statistics = List.of(
				// the quarter 2024-07..09 is missing from the baseline 2024-07..12
				CampaignStores.statistics("HND", "2024-10-01", "2024-12-31", 20, 10),
				CampaignStores.statistics("HND", "2025-07-01", "2025-12-31", 50, 30),
				// only periods before the campaign
				CampaignStores.statistics("SLV", "2024-07-01", "2024-12-31", 20, 10));
		Map<String, Comparison> compared = FewerVictims.compare(statistics,
				List.of(adaptation("HND", "2025-01-01"), adaptation("SLV", "2025-01-01")), List.of(project), AS_OF);
		assertEquals(Map.of(), compared);
	}

	@Test
	void periodsOtherThanWholeMonthsCompareTheSameNumberOfDays() {
		// campaign from 2025-01-15: ten days in March against the ten days before the 15th of January
		List<VictimStatistics> statistics = List.of(
				CampaignStores.statistics("CRI", "2025-01-05", "2025-01-14", 15, 5),
				CampaignStores.statistics("CRI", "2025-03-01", "2025-03-10", 4, 1));
		Comparison cri = FewerVictims.compare(statistics, List.of(adaptation("CRI", "2025-01-15")), List.of(project),
				AS_OF).get("CRI");
		assertEquals(new DateRange(LocalDate.parse("2025-01-05"), LocalDate.parse("2025-01-14")), cri.baseline());
		assertEquals(15, cri.fewer());
	}

	@Test
	void withoutAnAdaptationTheRegionalProjectsStartCounts() {
		List<VictimStatistics> statistics = List.of(
				CampaignStores.statistics("SLV", "2024-10-01", "2024-12-31", 30, 10),
				CampaignStores.statistics("SLV", "2025-10-01", "2025-12-31", 20, 5));
		Comparison slv = FewerVictims.compare(statistics, List.of(), List.of(project), AS_OF).get("SLV");
		assertEquals(LocalDate.parse("2024-10-01"), slv.baseline().start());
		assertEquals(15, slv.fewer());
	}

	@Test
	void theRegisteredSourceComputesFromTheStorePerCountryAndInTotal() {
		IndicatorSource source = fewerVictimsService();
		try (RecordStore store = CampaignStores.open(data, CampaignStores.GUATEMALA)) {
			assertTrue(source.compute(store, AS_OF).isEmpty(), "no statistics yet: entered by hand");
			NationalAdaptation adaptation = Campaigns.newAdaptation(project, "GTM");
			adaptation.setProjectId("regional-project-kept-elsewhere");
			adaptation.setStartDate(LocalDate.parse("2025-01-01"));
			store.saveAll(List.of(adaptation, CampaignStores.statistics("GTM", "2024-07-01", "2024-12-31", 60, 40),
					CampaignStores.statistics("GTM", "2025-07-01", "2025-12-31", 50, 20)));
			IndicatorValue value = source.compute(store, AS_OF).orElseThrow();
			assertEquals(IndicatorCodes.FEWER_VICTIMS, value.indicator());
			assertEquals(new BigDecimal(30), value.value());
			assertEquals(Map.of("GTM", new BigDecimal(30)), value.breakdown());
			assertEquals(AS_OF, value.asOf());
			assertTrue(value.source().contains("GTM"), value.source());
			assertFalse(source.compute(store, LocalDate.parse("2025-12-30")).isPresent(),
					"before the second semester ended there is no complete period since the campaign");
		}
	}

	/* Through the service registry, as the plan tracker finds it. */
	private static IndicatorSource fewerVictimsService() {
		Services.await(IndicatorSource.class, 10_000);
		return Services.all(IndicatorSource.class).stream()
				.filter(s -> s.indicator().equals(IndicatorCodes.FEWER_VICTIMS)).findFirst()
				.orElseThrow(() -> new AssertionError("no IndicatorSource for " + IndicatorCodes.FEWER_VICTIMS));
	}

	static CampaignProject project(String start) {
		CampaignProject project = Campaigns.newProject("Proyecto de prueba", "1.0", LocalDate.parse("2024-11-01"));
		project.setId("project-under-test");
		project.setStartDate(LocalDate.parse(start));
		return project;
	}

	static NationalAdaptation adaptation(String country, String start) {
		NationalAdaptation adaptation = Campaigns.newAdaptation(project("2025-01-01"), country);
		adaptation.setStartDate(LocalDate.parse(start));
		return adaptation;
	}
}
