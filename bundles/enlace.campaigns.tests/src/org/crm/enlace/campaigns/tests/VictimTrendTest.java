package org.crm.enlace.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.DateRange;
import org.crm.enlace.campaigns.statistics.TrendPoint;
import org.crm.enlace.campaigns.statistics.TrendSeries;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.campaigns.statistics.VictimTrend;
import org.junit.jupiter.api.Test;

/** Victim trends per country and for the region, with the campaign periods marked, on crafted statistics. */
class VictimTrendTest {

	private static final LocalDate AS_OF = LocalDate.parse("2026-03-01");

	private final List<VictimStatistics> statistics = statistics();

	@Test
	void aCountrysSeriesHasItsCompletePeriodsInTimeOrderWithTheCampaignMarked() {
		NationalAdaptation adaptation = FewerVictimsTest.adaptation("GTM", "2025-01-01");
		adaptation.setEndDate(LocalDate.parse("2025-09-30"));
		Map<String, TrendSeries> series = VictimTrend.byCountry(statistics, List.of(adaptation), AS_OF);
		assertEquals(List.of("GTM", "HND"), List.copyOf(series.keySet()));
		TrendSeries gtm = series.get("GTM");
		assertEquals(List.of(new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-09-30"))),
				gtm.campaignPeriods());
		assertEquals(List.of(point("2024-07-01", "2024-12-31", 100, 0, 1, false),
				point("2025-01-01", "2025-06-30", 90, 0, 1, true),
				point("2025-07-01", "2025-12-31", 70, 500, 1, true)), gtm.points(),
				"the 2026 semester is not complete on 2026-03-01");
		assertEquals(List.of(), series.get("HND").campaignPeriods(), "Honduras has no adaptation");
		assertEquals(false, series.get("HND").points().get(0).duringCampaign());
	}

	@Test
	void theRegionAddsUpTheCountriesOfEachPeriodAndMarksTheRegionalProject() {
		CampaignProject project = FewerVictimsTest.project("2025-01-01");
		TrendSeries region = VictimTrend.region(statistics, List.of(project), AS_OF);
		assertEquals(VictimTrend.REGION, region.area());
		assertEquals(List.of(new DateRange(LocalDate.parse("2025-01-01"), AS_OF)), region.campaignPeriods(),
				"an open-ended project runs until the day asked about");
		assertEquals(List.of(point("2024-07-01", "2024-12-31", 100, 0, 1, false),
				point("2025-01-01", "2025-03-31", 12, 0, 1, true),
				point("2025-01-01", "2025-06-30", 90, 0, 1, true),
				point("2025-07-01", "2025-12-31", 70 + 45, 500, 2, true)), region.points());
	}

	private static List<VictimStatistics> statistics() {
		VictimStatistics late = CampaignStores.statistics("GTM", "2025-07-01", "2025-12-31", 50, 20);
		VictimStatisticsRecords.addCell(late, CampaignStores.MIGRANTS, 500);
		return List.of(CampaignStores.statistics("GTM", "2024-07-01", "2024-12-31", 60, 40),
				CampaignStores.statistics("GTM", "2025-01-01", "2025-06-30", 55, 35), late,
				CampaignStores.statistics("GTM", "2026-01-01", "2026-06-30", 1, 1),
				CampaignStores.statistics("HND", "2025-01-01", "2025-03-31", 10, 2),
				CampaignStores.statistics("HND", "2025-07-01", "2025-12-31", 40, 5));
	}

	private static TrendPoint point(String start, String end, long victims, long migrants, int countries,
			boolean during) {
		return new TrendPoint(LocalDate.parse(start), LocalDate.parse(end), victims, migrants, countries, during);
	}
}
