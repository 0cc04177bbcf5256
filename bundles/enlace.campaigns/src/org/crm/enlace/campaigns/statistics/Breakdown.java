package org.crm.enlace.campaigns.statistics;

import org.crm.enlace.campaigns.model.AgeGroup;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.StatisticsCell;
import org.crm.enlace.model.Sex;

/** What a statistics cell counts, without its count: two cells of one country and period never share it. */
public record Breakdown(Population population, Sex sex, AgeGroup ageGroup, Exploitation exploitation,
		String nationality) {

	public static Breakdown of(StatisticsCell cell) {
		return new Breakdown(cell.getPopulation(), cell.getSex(), cell.getAgeGroup(), cell.getExploitation(),
				cell.getNationality());
	}
}
