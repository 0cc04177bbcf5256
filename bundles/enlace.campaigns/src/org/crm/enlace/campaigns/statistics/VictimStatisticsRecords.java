package org.crm.enlace.campaigns.statistics;

import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.campaigns.model.CampaignsFactory;
import org.crm.enlace.campaigns.model.CampaignsPackage;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.StatisticsCell;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/** Starts and finds victim statistics: one record per country and period, its cells the counts. */
public final class VictimStatisticsRecords {

	private VictimStatisticsRecords() {
	}

	/**
	 * New, unsaved statistics of {@code country} for a period (both days included), owned by it. Released to the
	 * members and the Secretariat as TLP AMBER: unpublished counts may hold cells under 11, which only the
	 * publication export ({@code org.crm.enlace.campaigns.export}) takes outside, suppressed.
	 */
	public static VictimStatistics newStatistics(String country, LocalDate periodStart, LocalDate periodEnd) {
		VictimStatistics statistics = CampaignsFactory.eINSTANCE.createVictimStatistics();
		statistics.setOwnerCountry(country);
		statistics.setCountry(country);
		statistics.setPeriodStart(periodStart);
		statistics.setPeriodEnd(periodEnd);
		statistics.setReleasability(Releasability.ALL_MEMBERS);
		statistics.setTlp(Tlp.AMBER);
		statistics.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		return statistics;
	}

	public static StatisticsCell addCell(VictimStatistics statistics, Breakdown breakdown, int count) {
		StatisticsCell cell = newCell(breakdown, count);
		statistics.getCells().add(cell);
		return cell;
	}

	public static StatisticsCell newCell(Breakdown breakdown, int count) {
		StatisticsCell cell = CampaignsFactory.eINSTANCE.createStatisticsCell();
		cell.setPopulation(breakdown.population());
		cell.setSex(breakdown.sex());
		cell.setAgeGroup(breakdown.ageGroup());
		cell.setExploitation(breakdown.exploitation());
		cell.setNationality(breakdown.nationality());
		cell.setCount(count);
		return cell;
	}

	public static List<VictimStatistics> all(RecordRepository records) {
		return records.findAll(CampaignsPackage.Literals.VICTIM_STATISTICS, VictimStatistics.class);
	}

	/** The period's days overlap (both ends included); false when a period lacks a day. */
	public static boolean overlap(VictimStatistics a, VictimStatistics b) {
		return a.getPeriodStart() != null && a.getPeriodEnd() != null && b.getPeriodStart() != null
				&& b.getPeriodEnd() != null && !a.getPeriodStart().isAfter(b.getPeriodEnd())
				&& !b.getPeriodStart().isAfter(a.getPeriodEnd());
	}

	/** The sum of the cells of {@code population}. */
	public static long total(VictimStatistics statistics, Population population) {
		return statistics.getCells().stream().filter(c -> c.getPopulation() == population)
				.mapToLong(StatisticsCell::getCount).sum();
	}
}
