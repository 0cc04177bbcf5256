package org.crm.enlace.campaigns.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import org.crm.enlace.campaigns.internal.Messages;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.StatisticsCell;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.CountryStatus;

/**
 * Checks victim statistics before they are stored; every problem is listed, none is thrown. Messages name the
 * field and the cell's position (or, on import, the file's row), never a value entered.
 * <ul>
 * <li>the reporting country is a member of the conference (ISO 3166-1 alpha-3); the period has both days, the end
 * not before the start; at least one cell;
 * <li>each cell: a count not negative, a known nationality (alpha-3), a form of exploitation for a victim of
 * trafficking ("not applicable" only for smuggled migrants);
 * <li>no two cells of one record with the same breakdown, and no cell whose breakdown is already counted by another
 * record of the same country for days of the same period: overlapping periods would count people twice.
 * </ul>
 */
public final class StatisticsValidator {

	private StatisticsValidator() {
	}

	/** @param others the statistics already stored (or imported together), {@code statistics} itself left out */
	public static List<Problem> validate(VictimStatistics statistics, List<VictimStatistics> others) {
		List<Problem> problems = new ArrayList<>();
		if (!isReportingCountry(statistics.getCountry())) {
			problems.add(new Problem("country", Messages.get("validation.country")));
		}
		if (statistics.getPeriodStart() == null || statistics.getPeriodEnd() == null) {
			problems.add(new Problem("periodStart", Messages.get("validation.period")));
		} else if (statistics.getPeriodEnd().isBefore(statistics.getPeriodStart())) {
			problems.add(new Problem("periodEnd", Messages.get("validation.period.order")));
		}
		if (statistics.getCells().isEmpty()) {
			problems.add(new Problem("cells", Messages.get("validation.noCells")));
		}
		IntFunction<String> cellName = i -> cellName(i + 1);
		for (int i = 0; i < statistics.getCells().size(); i++) {
			problems.addAll(cell(statistics.getCells().get(i), cellName.apply(i)));
		}
		problems.addAll(crossChecks(statistics, others, cellName));
		return problems;
	}

	/** How problems name the cell at {@code position} (from 1) of a record: "Celda 3". */
	public static String cellName(int position) {
		return Messages.format("cell", position);
	}

	/** A member of the conference, by its alpha-3 code: who reports statistics. */
	public static boolean isReportingCountry(String code) {
		return CountryCatalog.find(code == null ? "" : code).filter(e -> e.status() == CountryStatus.MEMBER)
				.isPresent();
	}

	/** The checks of one cell, named {@code name} ("cell 3", "row 7"). */
	public static List<Problem> cell(StatisticsCell cell, String name) {
		List<Problem> problems = new ArrayList<>();
		if (cell.getCount() < 0) {
			problems.add(new Problem("count", Messages.format("validation.cell.negative", name)));
		}
		if (!IsoCountries.isKnown(cell.getNationality())) {
			problems.add(new Problem("nationality", Messages.format("validation.cell.nationality", name)));
		}
		if (cell.getPopulation() == Population.TRAFFICKING_VICTIM
				&& cell.getExploitation() == Exploitation.NOT_APPLICABLE) {
			problems.add(new Problem("exploitation", Messages.format("validation.cell.exploitation", name)));
		}
		return problems;
	}

	/**
	 * Cells counted twice: the same breakdown twice in {@code statistics}, or in another record of the same country
	 * whose period shares days with it.
	 *
	 * @param cellName names the cell at a position of {@code statistics.getCells()}
	 */
	public static List<Problem> crossChecks(VictimStatistics statistics, List<VictimStatistics> others,
			IntFunction<String> cellName) {
		List<Problem> problems = new ArrayList<>();
		Map<Breakdown, Integer> first = new HashMap<>();
		for (int i = 0; i < statistics.getCells().size(); i++) {
			Integer earlier = first.putIfAbsent(Breakdown.of(statistics.getCells().get(i)), i);
			if (earlier != null) {
				problems.add(new Problem("cells",
						Messages.format("validation.cell.duplicate", cellName.apply(i), cellName.apply(earlier))));
			}
		}
		for (VictimStatistics other : others) {
			if (other == statistics || !Objects.equals(other.getCountry(), statistics.getCountry())
					|| !VictimStatisticsRecords.overlap(other, statistics)
					|| (statistics.getId() != null && statistics.getId().equals(other.getId()))) {
				continue;
			}
			List<Breakdown> counted = other.getCells().stream().map(Breakdown::of).toList();
			for (int i = 0; i < statistics.getCells().size(); i++) {
				if (counted.contains(Breakdown.of(statistics.getCells().get(i)))) {
					problems.add(new Problem("periodStart", Messages.format("validation.overlap", cellName.apply(i),
							other.getPeriodStart().toString(), other.getPeriodEnd().toString())));
				}
			}
		}
		return problems;
	}
}
