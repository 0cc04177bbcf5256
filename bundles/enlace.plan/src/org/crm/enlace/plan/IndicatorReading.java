package org.crm.enlace.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An indicator of a plan with its value as of a day, and where the value comes from.
 *
 * @param key        the indicator's line in the plan
 * @param indicator  its code ({@link org.crm.enlace.core.indicator.IndicatorCodes} for the seed's)
 * @param textEs     the plan's Spanish text
 * @param textEn     the plan's English reading
 * @param value      empty when {@link Provenance#NONE}
 * @param target     the plan's target, else the computing area's
 * @param unit       a unit code ("members", "officials"...), see {@link Units}
 * @param asOf       the day asked for
 * @param provenance computed, entered or none
 * @param origin     for a computed value the bundle that computed it; for an entered one the organization that
 *                   entered it; empty otherwise
 * @param dated      the day the value describes: {@code asOf} when computed, the entry's date when entered
 * @param source     the area's words or the entry's source, without personal data
 * @param breakdown  per country or group, when the area gives one
 */
public record IndicatorReading(String key, String indicator, String textEs, String textEn,
		Optional<BigDecimal> value, Optional<BigDecimal> target, String unit, LocalDate asOf, Provenance provenance,
		String origin, Optional<LocalDate> dated, String source, Map<String, BigDecimal> breakdown) {

	public IndicatorReading {
		breakdown = Map.copyOf(breakdown);
	}

	/** The Spanish text, or the English reading for an English or French reader when there is one. */
	public String text(Locale locale) {
		boolean spanish = locale.getLanguage().equals("es") || textEn == null || textEn.isBlank();
		return spanish ? textEs : textEn;
	}
}
