package org.crm.enlace.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.compliance.model.SpaceApproval;
import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.CountryStatus;

/**
 * The 4-month compliance board: for each of the conference's member countries and each space, what it has entered,
 * what is missing and how many days are left until (or have passed since) the deadline.
 */
public final class ComplianceBoard {

	private ComplianceBoard() {
	}

	/**
	 * The board as the repository's user sees it: one row per member and space (members by code, spaces by order).
	 * Empty when no approval date has been recorded: without it there is no deadline to measure against.
	 */
	public static Optional<List<ComplianceRow>> rows(RecordRepository repository, Collection<ComplianceSpace> spaces,
			Clock clock) {
		return SpaceApprovals.current(repository).map(approval -> rows(repository, spaces, approval, clock));
	}

	public static List<ComplianceRow> rows(RecordRepository repository, Collection<ComplianceSpace> spaces,
			SpaceApproval approval, Clock clock) {
		CompliancePeriod period = new CompliancePeriod(approval.getApprovedOn(), clock.today());
		List<ComplianceSpace> chosen = effective(spaces);
		List<ComplianceRow> rows = new ArrayList<>();
		for (String country : members()) {
			for (ComplianceSpace space : chosen) {
				SpaceCheck check = space.check(repository, country, period);
				rows.add(new ComplianceRow(country, space.id(), space.label(Locale.getDefault()), check.status(),
						period.deadline(), period.daysLeft(), check.missing()));
			}
		}
		return rows;
	}

	/** The member countries' codes, in alphabetical order of code. */
	public static List<String> members() {
		return CountryCatalog.entries().stream().filter(e -> e.status() == CountryStatus.MEMBER)
				.map(CountryCatalog.Entry::code).sorted().toList();
	}

	/** One service per id (the highest priority), in board order. */
	public static List<ComplianceSpace> effective(Collection<ComplianceSpace> spaces) {
		Map<String, ComplianceSpace> byId = new LinkedHashMap<>();
		for (ComplianceSpace space : spaces) {
			byId.merge(space.id(), space, (a, b) -> b.priority() > a.priority() ? b : a);
		}
		return byId.values().stream().sorted(Comparator.comparingInt(ComplianceSpace::order)
				.thenComparing(ComplianceSpace::id)).toList();
	}

	/** Share of a country's spaces that are complete, among those available: what the bar chart compares. */
	public static double completeShare(List<ComplianceRow> rows, String country) {
		List<ComplianceRow> available = rows.stream()
				.filter(r -> r.country().equals(country) && r.status() != ComplianceStatus.NOT_AVAILABLE).toList();
		if (available.isEmpty()) {
			return 0;
		}
		return (double) available.stream().filter(r -> r.status() == ComplianceStatus.COMPLETE).count()
				/ available.size();
	}
}
