package org.crm.enlace.records;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.model.Record;
import org.crm.enlace.records.internal.Messages;

/**
 * What a search gave: the records found, or a problem to show in their place, in words for the user (never a stack
 * trace, never the query itself). {@code searched} is false while no query was run; {@code rebuildNeeded} says the
 * index must be rebuilt before anything is found.
 */
public record SearchOutcome(boolean searched, List<SearchRow> rows, boolean limited, String problem,
		boolean rebuildNeeded) {

	/** The most records a search shows; the store cuts lower still. */
	public static final int LIMIT = 200;

	/** Nothing searched yet. */
	public static final SearchOutcome NONE = new SearchOutcome(false, List.of(), false, "", false);

	/** Said before any search when the store knows its index must be rebuilt. */
	public static SearchOutcome indexNotReady(Locale locale) {
		return new SearchOutcome(false, List.of(), false, Messages.get("search.notReady", locale), true);
	}

	public static SearchOutcome run(RecordRepository repository, String query, Locale locale) {
		if (query == null || query.isBlank()) {
			return NONE;
		}
		try {
			List<Record> found = repository.search(query.strip(), LIMIT);
			return new SearchOutcome(true, found.stream().map(r -> SearchRow.of(r, locale)).toList(),
					found.size() >= LIMIT, "", false);
		} catch (StoreException e) {
			// The store's messages name where a query is wrong without quoting it, and never a record's content.
			if (e.reason() == Reason.SEARCH_NOT_READY) {
				return indexNotReady(locale);
			}
			return new SearchOutcome(true, List.of(), false, e.getMessage(), false);
		}
	}

	public boolean hasProblem() {
		return !problem.isEmpty();
	}

	/** "3 registros", or that only the first ones are shown; empty before any search or after a problem. */
	public String count(Locale locale) {
		if (!searched || hasProblem()) {
			return "";
		}
		if (limited) {
			return Messages.format("search.count.limited", locale, Integer.toString(rows.size()));
		}
		return Messages.format("search.count", locale, rows.size());
	}
}
