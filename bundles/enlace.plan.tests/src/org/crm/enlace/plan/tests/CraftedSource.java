package org.crm.enlace.plan.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.store.RecordRepository;

/** An area's indicator source with a crafted answer: a value, or "no data yet" when {@code value} is null. */
record CraftedSource(String indicator, BigDecimal value) implements IndicatorSource {

	@Override
	public Optional<IndicatorValue> compute(RecordRepository records, LocalDate asOf) {
		return Optional.ofNullable(value).map(v -> new IndicatorValue(indicator, v, Optional.of(BigDecimal.TEN),
				"countries", asOf, "crafted area: 3 countries", Map.of("GTM", v)));
	}
}
