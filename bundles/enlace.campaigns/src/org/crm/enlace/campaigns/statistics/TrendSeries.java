package org.crm.enlace.campaigns.statistics;

import java.util.List;

/**
 * A victims trend, ready for a chart: its periods in time order, and the campaign periods to mark on it.
 *
 * @param area a country's alpha-3 code, or {@link VictimTrend#REGION} for the sum of the countries
 */
public record TrendSeries(String area, List<TrendPoint> points, List<DateRange> campaignPeriods) {

	public TrendSeries {
		points = List.copyOf(points);
		campaignPeriods = List.copyOf(campaignPeriods);
	}
}
