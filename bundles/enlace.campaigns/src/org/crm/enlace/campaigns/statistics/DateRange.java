package org.crm.enlace.campaigns.statistics;

import java.time.LocalDate;

/** Days from {@code start} to {@code end}, both included. */
public record DateRange(LocalDate start, LocalDate end) {

	public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
		return !start.isAfter(otherEnd) && !otherStart.isAfter(end);
	}
}
