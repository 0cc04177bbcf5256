package org.crm.enlace.compliance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.compliance.ComplianceBoard;
import org.crm.enlace.compliance.ComplianceRow;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.ComplianceStatus;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.osgi.service.component.annotations.Component;

/**
 * "The information is available on the private site": how many members have completed every space of the 4-month
 * board that exists in this product, against all the members. Per country, 1 when complete and 0 otherwise, so the
 * breakdown adds up to the value. The board reads the records as they are now, drawn up as of the day asked for.
 */
@Component(service = IndicatorSource.class)
public final class InformationAvailableIndicator implements IndicatorSource {

	public static final String UNIT = "members";

	@Override
	public String indicator() {
		return IndicatorCodes.INFORMATION_AVAILABLE;
	}

	@Override
	public Optional<IndicatorValue> compute(RecordRepository records, LocalDate asOf) {
		return compute(records, Services.all(ComplianceSpace.class), asOf);
	}

	/** Without an approval of the private space there is no board, so no value: it is then entered by hand. */
	public Optional<IndicatorValue> compute(RecordRepository records, List<ComplianceSpace> spaces, LocalDate asOf) {
		Clock onThatDay = Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
		return ComplianceBoard.rows(records, spaces, onThatDay).map(rows -> value(rows, asOf));
	}

	private IndicatorValue value(List<ComplianceRow> rows, LocalDate asOf) {
		List<String> members = ComplianceBoard.members();
		Map<String, BigDecimal> complete = new LinkedHashMap<>();
		for (String country : members) {
			complete.put(country, complete(rows, country) ? BigDecimal.ONE : BigDecimal.ZERO);
		}
		BigDecimal value = complete.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new IndicatorValue(indicator(), value, Optional.of(BigDecimal.valueOf(members.size())), UNIT, asOf,
				Messages.format("indicator.source", value.intValue(), members.size(), rows.getFirst().deadline()),
				complete);
	}

	/* Every space that exists is complete (a space not yet in the product asks nothing), and at least one exists. */
	private static boolean complete(List<ComplianceRow> rows, String country) {
		List<ComplianceRow> available = rows.stream()
				.filter(r -> r.country().equals(country) && r.status() != ComplianceStatus.NOT_AVAILABLE).toList();
		return !available.isEmpty() && available.stream().allMatch(r -> r.status() == ComplianceStatus.COMPLETE);
	}
}
