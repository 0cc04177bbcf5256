package org.crm.enlace.campaigns.export;

import java.time.LocalDate;
import java.util.Optional;

import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.statistics.Breakdown;

/**
 * One row of a publication: a cell, or the total of its country, period and population ({@code breakdown} empty).
 *
 * @param count empty when the count is suppressed; a suppressed row never says why (under 11 or to protect another)
 */
public record PublishedRow(String country, LocalDate periodStart, LocalDate periodEnd,
		Population population, Optional<Breakdown> breakdown, Optional<Long> count) {

	public boolean isTotal() {
		return breakdown.isEmpty();
	}
}
