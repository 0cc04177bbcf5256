package org.crm.enlace.core.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value of an indicator at a date, with where it comes from.
 *
 * @param value     the figure (a count, a percentage...)
 * @param target    what the plan aims at, when it sets a figure
 * @param unit      a message key of the area's bundle or a short code ("officials", "percent", "victims")
 * @param asOf      the day the value describes
 * @param source    where the value comes from, in words without personal data ("training: 14 sessions, 3 countries")
 * @param breakdown the value per country (ISO 3166-1 alpha-3) or per group, when the indicator has one
 */
public record IndicatorValue(String indicator, BigDecimal value, Optional<BigDecimal> target, String unit,
		LocalDate asOf, String source, Map<String, BigDecimal> breakdown) {

	public IndicatorValue {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(source, "source");
		breakdown = Map.copyOf(breakdown);
	}
}
