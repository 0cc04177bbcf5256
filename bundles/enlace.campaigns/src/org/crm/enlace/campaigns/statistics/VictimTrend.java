package org.crm.enlace.campaigns.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.VictimStatistics;

/**
 * Victim trends per country and for the region, with the campaign periods marked: what the trend chart draws.
 * Only complete periods count (ended on or before the day asked about). The region's point for a period adds up
 * the countries that reported exactly that period: countries reporting other periods (months where others report
 * semesters) give points of their own, each saying how many countries it adds up.
 */
public final class VictimTrend {

	/** The area of the regional series. */
	public static final String REGION = "REGION";

	private VictimTrend() {
	}

	/** One series per country that reported, by alpha-3 code in alphabetical order. */
	public static Map<String, TrendSeries> byCountry(List<VictimStatistics> statistics,
			List<NationalAdaptation> adaptations, LocalDate asOf) {
		Map<String, List<VictimStatistics>> byCountry = new TreeMap<>();
		complete(statistics, asOf).forEach(s -> byCountry.computeIfAbsent(s.getCountry(), c -> new ArrayList<>()).add(s));
		Map<String, TrendSeries> series = new TreeMap<>();
		byCountry.forEach((country, own) -> {
			List<DateRange> campaigns = CampaignPeriods.ofCountry(country, adaptations, asOf);
			series.put(country, new TrendSeries(country, points(own, campaigns), campaigns));
		});
		return series;
	}

	public static TrendSeries region(List<VictimStatistics> statistics, List<CampaignProject> projects,
			LocalDate asOf) {
		List<DateRange> campaigns = CampaignPeriods.ofRegion(projects, asOf);
		return new TrendSeries(REGION, points(complete(statistics, asOf), campaigns), campaigns);
	}

	private static List<VictimStatistics> complete(List<VictimStatistics> statistics, LocalDate asOf) {
		return statistics.stream().filter(s -> s.getPeriodStart() != null && s.getPeriodEnd() != null
				&& !s.getPeriodEnd().isAfter(asOf)).toList();
	}

	/* The statistics summed per exact period, in time order. */
	private static List<TrendPoint> points(List<VictimStatistics> statistics, List<DateRange> campaigns) {
		Map<DateRange, List<VictimStatistics>> byPeriod = new TreeMap<>(
				Comparator.comparing(DateRange::start).thenComparing(DateRange::end));
		statistics.forEach(s -> byPeriod.computeIfAbsent(new DateRange(s.getPeriodStart(), s.getPeriodEnd()),
				p -> new ArrayList<>()).add(s));
		List<TrendPoint> points = new ArrayList<>();
		byPeriod.forEach((period, reported) -> {
			long victims = reported.stream()
					.mapToLong(s -> VictimStatisticsRecords.total(s, Population.TRAFFICKING_VICTIM)).sum();
			long migrants = reported.stream()
					.mapToLong(s -> VictimStatisticsRecords.total(s, Population.VULNERABLE_SMUGGLED_MIGRANT)).sum();
			int countries = (int) reported.stream().map(VictimStatistics::getCountry).distinct().count();
			boolean during = campaigns.stream().anyMatch(c -> c.overlaps(period.start(), period.end()));
			points.add(new TrendPoint(period.start(), period.end(), victims, migrants, countries, during));
		});
		return points;
	}
}
