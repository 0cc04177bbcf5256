package org.crm.enlace.campaigns.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.StatisticsCell;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.Breakdown;

/**
 * Victim statistics made fit for publication, following IOM's CTDC rule: no count under {@value #THRESHOLD} is
 * shown.
 * <ul>
 * <li><b>Primary suppression</b>: every cell under 11 (zero included) is suppressed.
 * <li><b>Secondary suppression</b>: a publication shows, for each country, period and population, its cells and
 * their total, so the total minus the cells shown gives the sum of the suppressed ones. Within each such group,
 * the smallest cells still shown are suppressed too until the suppressed cells are at least two and add up to 11
 * or more: neither a single cell nor a sum under 11 can then be worked out. When the group has not enough cells
 * for that, its total is suppressed as well.
 * </ul>
 * No other total is published (none across countries, periods, populations or by sex alone), so these groups are
 * the only margins a reader can subtract from.
 */
public final class SmallCellSuppression {

	public static final int THRESHOLD = 11;

	private SmallCellSuppression() {
	}

	/** The rows to publish: per record and population, its cells in their order, then their total. */
	public static List<PublishedRow> rows(List<VictimStatistics> statistics) {
		List<PublishedRow> rows = new ArrayList<>();
		for (VictimStatistics s : statistics) {
			Map<Population, List<StatisticsCell>> groups = new LinkedHashMap<>();
			for (Population population : Population.VALUES) {
				List<StatisticsCell> cells = s.getCells().stream().filter(c -> c.getPopulation() == population)
						.toList();
				if (!cells.isEmpty()) {
					groups.put(population, cells);
				}
			}
			groups.forEach((population, cells) -> rows.addAll(group(s, population, cells)));
		}
		return rows;
	}

	private static List<PublishedRow> group(VictimStatistics s, Population population, List<StatisticsCell> cells) {
		boolean[] suppressed = new boolean[cells.size()];
		long hidden = 0;
		int hiddenCells = 0;
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i).getCount() < THRESHOLD) {
				suppressed[i] = true;
				hidden += cells.get(i).getCount();
				hiddenCells++;
			}
		}
		List<Integer> shownBySize = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			if (!suppressed[i]) {
				shownBySize.add(i);
			}
		}
		shownBySize.sort(Comparator.comparingInt(i -> cells.get(i).getCount()));
		for (int next = 0; hiddenCells > 0 && (hiddenCells < 2 || hidden < THRESHOLD)
				&& next < shownBySize.size(); next++) {
			int i = shownBySize.get(next);
			suppressed[i] = true;
			hidden += cells.get(i).getCount();
			hiddenCells++;
		}
		boolean totalSuppressed = hiddenCells > 0 && (hiddenCells < 2 || hidden < THRESHOLD);
		long total = cells.stream().mapToLong(StatisticsCell::getCount).sum();
		List<PublishedRow> rows = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			rows.add(row(s, population, Optional.of(Breakdown.of(cells.get(i))),
					suppressed[i] ? Optional.empty() : Optional.of((long) cells.get(i).getCount())));
		}
		rows.add(row(s, population, Optional.empty(), totalSuppressed ? Optional.empty() : Optional.of(total)));
		return rows;
	}

	private static PublishedRow row(VictimStatistics s, Population population, Optional<Breakdown> breakdown,
			Optional<Long> count) {
		return new PublishedRow(s.getCountry(), s.getPeriodStart(), s.getPeriodEnd(), population, breakdown, count);
	}
}
