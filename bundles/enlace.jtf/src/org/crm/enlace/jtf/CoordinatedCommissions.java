package org.crm.enlace.jtf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.indicator.IndicatorValue;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.jtf.internal.Messages;
import org.crm.enlace.jtf.model.JtfPackage;
import org.crm.enlace.jtf.model.NationalCommission;
import org.osgi.service.component.annotations.Component;

/**
 * The indicator of result 1.3 (second part), "national commissions working in coordination"
 * ({@link IndicatorCodes#COMMISSIONS_COORDINATED}).
 * <p>
 * A member country counts on a day when a national commission of that country is marked as working in coordination
 * AND its last joint activity took place within the {@value #WINDOW_MONTHS} months up to that day (from the same
 * day {@value #WINDOW_MONTHS} months earlier to the day itself, both included): a mark that nothing has backed for
 * a year no longer counts, and an activity dated after the day is left out. The value is the number of member
 * countries that count (a country with two commission records counts once), against a target of
 * {@value #TARGET}, every member country of the conference. The breakdown gives 1 or 0 for each member country
 * whose commission is recorded. Only the commissions the user may see are read; with none recorded the value is
 * empty, to be entered by hand.
 */
@Component(service = IndicatorSource.class)
public final class CoordinatedCommissions implements IndicatorSource {

	public static final int WINDOW_MONTHS = 12;
	public static final int TARGET = 11;
	public static final String UNIT = "countries";

	@Override
	public String indicator() {
		return IndicatorCodes.COMMISSIONS_COORDINATED;
	}

	@Override
	public Optional<IndicatorValue> compute(RecordRepository records, LocalDate asOf) {
		return compute(records.findAll(JtfPackage.Literals.NATIONAL_COMMISSION, NationalCommission.class), asOf);
	}

	public static Optional<IndicatorValue> compute(List<NationalCommission> commissions, LocalDate asOf) {
		Map<String, BigDecimal> breakdown = new TreeMap<>();
		for (NationalCommission commission : commissions) {
			if (Commissions.isMember(commission.getCountry())) {
				BigDecimal counted = counts(commission, asOf) ? BigDecimal.ONE : BigDecimal.ZERO;
				breakdown.merge(commission.getCountry(), counted, BigDecimal::max);
			}
		}
		if (breakdown.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal value = breakdown.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		String source = Messages.format("indicator.commissions.source", value.intValue(), breakdown.size(),
				WINDOW_MONTHS);
		return Optional.of(new IndicatorValue(IndicatorCodes.COMMISSIONS_COORDINATED, value,
				Optional.of(BigDecimal.valueOf(TARGET)), UNIT, asOf, source, breakdown));
	}

	/** Whether this commission makes its country count on {@code asOf}. */
	public static boolean counts(NationalCommission commission, LocalDate asOf) {
		LocalDate last = commission.getLastJointActivityDate();
		return commission.isCoordinated() && last != null && !last.isAfter(asOf)
				&& !last.isBefore(asOf.minusMonths(WINDOW_MONTHS));
	}
}
