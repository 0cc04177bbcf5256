package org.crm.enlace.intel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.intel.model.RouteStep;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.model.Record;

/**
 * Faceted search over the reports a user may see: by country, modality, modus-operandi term, period and route
 * place, combined with the store's full-text search, with the count of matching reports per value of each facet.
 * <p>
 * The facets are filtered in memory over the reports the store gives the user: the private space holds hundreds of
 * reports, not millions, and the counts need every matching report anyway. The full-text part goes to the store's
 * index, which only narrows candidates; visibility stays the store's.
 */
public final class ReportSearch {

	/** More full-text hits than reports a node will hold, so that the index never cuts a result short. */
	static final int TEXT_LIMIT = 100_000;

	/** The matching reports (ordered by id) and, per facet, how many of them have each value. */
	public record Result(List<SmugglingReport> reports, SortedMap<String, Long> countries,
			SortedMap<String, Long> modalities, SortedMap<String, Long> terms, SortedMap<String, Long> places) {
	}

	private ReportSearch() {
	}

	/**
	 * @throws org.crm.enlace.core.store.StoreException {@code SEARCH_SYNTAX} or {@code SEARCH_NOT_READY} from the
	 *                                                  full-text part
	 */
	public static Result run(RecordRepository repository, ReportFilter filter) {
		List<SmugglingReport> all = repository.findAll(IntelPackage.Literals.SMUGGLING_REPORT, SmugglingReport.class);
		Set<String> textHits = filter.hasText() ? repository.search(filter.text(), TEXT_LIMIT).stream()
				.map(Record::getId).collect(Collectors.toSet()) : null;
		List<SmugglingReport> matching = all.stream()
				.filter(r -> textHits == null || textHits.contains(r.getId()))
				.filter(r -> matches(r, filter))
				.toList();
		return new Result(matching, count(matching, SmugglingReport::getCountries),
				count(matching, r -> r.isSetModality() ? List.of(r.getModality().getName()) : List.of()),
				count(matching, SmugglingReport::getModusOperandi), count(matching, ReportSearch::places));
	}

	static boolean matches(SmugglingReport report, ReportFilter filter) {
		return (filter.country() == null || report.getCountries().contains(filter.country()))
				&& (filter.modality() == null || report.isSetModality() && report.getModality() == filter.modality())
				&& (filter.term() == null || report.getModusOperandi().contains(filter.term()))
				&& overlaps(report, filter.from(), filter.to())
				&& (filter.place() == null || places(report).stream().map(PlaceLookup::fold)
						.anyMatch(PlaceLookup.fold(filter.place())::equals));
	}

	/** Whether the observed period meets [from, to]; an open end on either side reaches as far as it needs. */
	static boolean overlaps(SmugglingReport report, LocalDate from, LocalDate to) {
		LocalDate start = report.getObservedFrom();
		LocalDate end = report.getObservedTo() != null ? report.getObservedTo() : start;
		return (to == null || start == null || !start.isAfter(to)) && (from == null || end == null || !end.isBefore(from));
	}

	/** The distinct names of the route's places, in route order. */
	public static List<String> places(SmugglingReport report) {
		return report.getRoute().stream().map(RouteStep::getPlace).filter(p -> p != null && !p.isBlank())
				.distinct().toList();
	}

	private static SortedMap<String, Long> count(List<SmugglingReport> reports,
			Function<SmugglingReport, Collection<String>> values) {
		SortedMap<String, Long> counts = new TreeMap<>();
		for (SmugglingReport report : reports) {
			for (String value : new HashSet<>(values.apply(report))) {
				counts.merge(value, 1L, Long::sum);
			}
		}
		return counts;
	}

}
