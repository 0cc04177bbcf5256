package org.crm.enlace.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The 4 months each member has, from the day the network's private space was approved (work plan, timeline of area
 * 1), seen on one day.
 *
 * @param approvedOn the day the Secretariat recorded
 * @param today      the day the board is drawn up (from the injected clock, UTC)
 */
public record CompliancePeriod(LocalDate approvedOn, LocalDate today) {

	public static final int MONTHS = 4;

	/** The last day to enter the information: approval plus 4 calendar months. */
	public LocalDate deadline() {
		return approvedOn.plusMonths(MONTHS);
	}

	/** Days until the deadline, 0 on the day itself, negative when late. */
	public long daysLeft() {
		return ChronoUnit.DAYS.between(today, deadline());
	}
}
