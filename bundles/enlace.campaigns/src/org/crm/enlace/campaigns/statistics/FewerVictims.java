package org.crm.enlace.campaigns.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.crm.enlace.campaigns.Campaigns;
import org.crm.enlace.campaigns.internal.Messages;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.store.RecordRepository;
import org.osgi.service.component.annotations.Component;

/**
 * The indicator "fewer victims" (objective 2 of institutional strengthening), per country and in total.
 * <p>
 * For each country: the <b>latest period</b> is its statistics record with the latest end on or before the day
 * asked about, begun on or after the day campaigns started there ({@link CampaignPeriods#start}). The
 * <b>baseline</b> is the period of the same length that ends the day before campaigns started: as many whole
 * months when the latest period is whole calendar months and campaigns started on a first of a month, else as many
 * days. The baseline counts only when the country's statistics cover it exactly (records inside it, day after
 * day, no gap). The value is baseline minus latest identified victims of trafficking (smuggled migrants are not
 * counted): positive means fewer victims identified than before the campaigns. The total adds up the countries
 * that have both; the others are left out and the source says how many were compared.
 */
@Component(service = IndicatorSource.class)
public final class FewerVictims implements IndicatorSource {

	/** One country's comparison: both sums of identified victims of trafficking. */
	public record Comparison(String country, DateRange baseline, long before, DateRange latest, long after) {

		public long fewer() {
			return before - after;
		}
	}

	@Override
	public String indicator() {
		return IndicatorCodes.FEWER_VICTIMS;
	}

	@Override
	public Optional<IndicatorValue> compute(RecordRepository records, LocalDate asOf) {
		Map<String, Comparison> compared = compare(VictimStatisticsRecords.all(records),
				Campaigns.adaptations(records), Campaigns.projects(records), asOf);
		if (compared.isEmpty()) {
			return Optional.empty();
		}
		Map<String, BigDecimal> breakdown = compared.values().stream()
				.collect(Collectors.toMap(Comparison::country, c -> BigDecimal.valueOf(c.fewer())));
		long total = compared.values().stream().mapToLong(Comparison::fewer).sum();
		String source = Messages.format("indicator.source", compared.size(), String.join(", ", compared.keySet()));
		return Optional.of(new IndicatorValue(indicator(), BigDecimal.valueOf(total), Optional.empty(),
				"victims", asOf, source, breakdown));
	}

	/** Every country that can be compared, by alpha-3 code. */
	public static Map<String, Comparison> compare(List<VictimStatistics> statistics,
			List<NationalAdaptation> adaptations, List<CampaignProject> projects, LocalDate asOf) {
		Map<String, List<VictimStatistics>> byCountry = new TreeMap<>(statistics.stream()
				.filter(s -> s.getCountry() != null && s.getPeriodStart() != null && s.getPeriodEnd() != null)
				.collect(Collectors.groupingBy(VictimStatistics::getCountry)));
		Map<String, Comparison> compared = new TreeMap<>();
		byCountry.forEach((country, own) -> CampaignPeriods.start(country, adaptations, projects, asOf)
				.flatMap(start -> comparison(country, own, start, asOf)).ifPresent(c -> compared.put(country, c)));
		return compared;
	}

	private static Optional<Comparison> comparison(String country, List<VictimStatistics> own, LocalDate start,
			LocalDate asOf) {
		Optional<VictimStatistics> latest = own.stream()
				.filter(s -> !s.getPeriodStart().isBefore(start) && !s.getPeriodEnd().isAfter(asOf))
				.max(Comparator.comparing(VictimStatistics::getPeriodEnd));
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		DateRange after = new DateRange(latest.get().getPeriodStart(), latest.get().getPeriodEnd());
		DateRange baseline = sameLengthBefore(after, start);
		List<VictimStatistics> inside = own.stream()
				.filter(s -> !s.getPeriodStart().isBefore(baseline.start()) && !s.getPeriodEnd().isAfter(baseline.end()))
				.sorted(Comparator.comparing(VictimStatistics::getPeriodStart)).toList();
		if (!coversExactly(inside, baseline)) {
			return Optional.empty();
		}
		long before = inside.stream().mapToLong(s -> VictimStatisticsRecords.total(s, Population.TRAFFICKING_VICTIM))
				.sum();
		return Optional.of(new Comparison(country, baseline, before, after,
				VictimStatisticsRecords.total(latest.get(), Population.TRAFFICKING_VICTIM)));
	}

	/** The period as long as {@code period} that ends the day before {@code start}. */
	static DateRange sameLengthBefore(DateRange period, LocalDate start) {
		LocalDate dayAfter = period.end().plusDays(1);
		if (period.start().getDayOfMonth() == 1 && dayAfter.getDayOfMonth() == 1 && start.getDayOfMonth() == 1) {
			long months = ChronoUnit.MONTHS.between(period.start(), dayAfter);
			return new DateRange(start.minusMonths(months), start.minusDays(1));
		}
		long days = ChronoUnit.DAYS.between(period.start(), dayAfter);
		return new DateRange(start.minusDays(days), start.minusDays(1));
	}

	/* Sorted records that follow each other day after day from the range's first day to its last. */
	private static boolean coversExactly(List<VictimStatistics> sorted, DateRange range) {
		LocalDate next = range.start();
		for (VictimStatistics s : sorted) {
			if (!s.getPeriodStart().equals(next)) {
				return false;
			}
			next = s.getPeriodEnd().plusDays(1);
		}
		return next.equals(range.end().plusDays(1));
	}
}
