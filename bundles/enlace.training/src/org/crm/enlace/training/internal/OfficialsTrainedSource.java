package org.crm.enlace.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.training.CountryFigures;
import org.crm.enlace.training.OfficialsTrained;
import org.crm.enlace.training.TrainedFigures;
import org.osgi.service.component.annotations.Component;

/** "Number of officials trained" for the plan tracker: the total, the sum of targets, and the count per country. */
@Component(service = IndicatorSource.class)
public final class OfficialsTrainedSource implements IndicatorSource {

	static final String UNIT = "officials";

	@Override
	public String indicator() {
		return IndicatorCodes.OFFICIALS_TRAINED;
	}

	@Override
	public Optional<IndicatorValue> compute(RecordRepository records, LocalDate asOf) {
		return OfficialsTrained.asOf(records, asOf).map(figures -> value(figures, asOf));
	}

	static IndicatorValue value(TrainedFigures figures, LocalDate asOf) {
		Map<String, BigDecimal> perCountry = figures.countries().stream()
				.collect(Collectors.toMap(CountryFigures::country, c -> BigDecimal.valueOf(c.trained())));
		Optional<BigDecimal> target = figures.target() > 0 ? Optional.of(BigDecimal.valueOf(figures.target()))
				: Optional.empty();
		String source = Messages.format("indicator.source", figures.sessions(), figures.countries().size(),
				figures.window().start().toString(), figures.window().end().toString());
		return new IndicatorValue(IndicatorCodes.OFFICIALS_TRAINED, BigDecimal.valueOf(figures.trained()), target,
				UNIT, asOf, source, perCountry);
	}
}
