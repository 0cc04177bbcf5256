package org.crm.enlace.campaigns.statistics;

import java.time.LocalDate;

/**
 * One period of a trend: the identified victims of trafficking and the smuggled migrants in situations of
 * vulnerability counted in it.
 *
 * @param countries      how many countries' statistics the point adds up (1 in a country's series)
 * @param duringCampaign the period shares days with a campaign period of the series
 */
public record TrendPoint(LocalDate start, LocalDate end, long victims, long smuggledMigrants, int countries,
		boolean duringCampaign) {
}
