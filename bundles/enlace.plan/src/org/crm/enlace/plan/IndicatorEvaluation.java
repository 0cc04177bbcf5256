package org.crm.enlace.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.IndicatorEntry;
import org.crm.enlace.plan.model.WorkPlan;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every indicator of a plan as of a day: the value an area's {@link IndicatorSource} computes when one is registered
 * for the indicator's code and has data; else the latest value entered by hand on or before the day; else no value.
 */
public final class IndicatorEvaluation {

	private IndicatorEvaluation() {
	}

	public static List<IndicatorReading> evaluate(WorkPlan plan, RecordRepository repository,
			Collection<IndicatorSource> sources, LocalDate asOf) {
		List<IndicatorEntry> entries = FollowUp.entries(repository, plan);
		return Plans.indicators(plan).map(indicator -> read(indicator, repository, sources, entries, asOf)).toList();
	}

	private static IndicatorReading read(Indicator indicator, RecordRepository repository,
			Collection<IndicatorSource> sources, List<IndicatorEntry> entries, LocalDate asOf) {
		for (IndicatorSource source : sources) {
			if (source.indicator().equals(indicator.getIndicatorCode())) {
				Optional<IndicatorValue> computed = source.compute(repository, asOf);
				if (computed.isPresent()) {
					return computed(indicator, computed.get(), origin(source), asOf);
				}
			}
		}
		return entries.stream()
				.filter(e -> e.getIndicator().equals(indicator.getIndicatorCode()) && !e.getDate().isAfter(asOf))
				.max(Comparator.comparing(IndicatorEntry::getDate).thenComparing(IndicatorEntry::getCreatedAt,
						Comparator.nullsFirst(Comparator.naturalOrder())))
				.map(entry -> entered(indicator, entry, asOf))
				.orElseGet(() -> reading(indicator, Optional.empty(), Optional.empty(), indicator.getUnit(), asOf,
						Provenance.NONE, "", Optional.empty(), "", Map.of()));
	}

	private static IndicatorReading computed(Indicator indicator, IndicatorValue value, String origin,
			LocalDate asOf) {
		String unit = indicator.getUnit() == null ? value.unit() : indicator.getUnit();
		return reading(indicator, Optional.of(value.value()), value.target(), unit, asOf, Provenance.COMPUTED, origin,
				Optional.of(value.asOf()), value.source(), value.breakdown());
	}

	private static IndicatorReading entered(Indicator indicator, IndicatorEntry entry, LocalDate asOf) {
		return reading(indicator, Optional.of(entry.getValue()), Optional.empty(), indicator.getUnit(), asOf,
				Provenance.ENTERED, entry.getOwnerCountry(), Optional.of(entry.getDate()), entry.getSource(),
				Map.of());
	}

	private static IndicatorReading reading(Indicator indicator, Optional<BigDecimal> value,
			Optional<BigDecimal> areaTarget, String unit, LocalDate asOf, Provenance provenance, String origin,
			Optional<LocalDate> dated, String source, Map<String, BigDecimal> breakdown) {
		Optional<BigDecimal> target = Optional.ofNullable(indicator.getTarget()).or(() -> areaTarget);
		return new IndicatorReading(indicator.getKey(), indicator.getIndicatorCode(), indicator.getTextEs(),
				indicator.getTextEn(), value, target, unit == null ? "" : unit, asOf, provenance,
				origin == null ? "" : origin, dated, source == null ? "" : source, breakdown);
	}

	/* The bundle that registered the source ("enlace.compliance"), or its package outside OSGi. */
	private static String origin(IndicatorSource source) {
		Bundle bundle = FrameworkUtil.getBundle(source.getClass());
		return bundle == null ? source.getClass().getPackageName() : bundle.getSymbolicName();
	}
}
