package org.crm.enlace.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.model.Record;

/**
 * A full-text index of records in one folder. Safe for concurrent searches; writes go through one
 * {@link IndexUpdate} at a time. Searches see committed changes only. See the package documentation for how the
 * store keeps it in step with its database.
 */
public interface FullTextIndex extends AutoCloseable {

	/** Starts the index's part of one store transaction; waits while another update is open. */
	IndexUpdate begin();

	/** Indexes (or re-indexes) one record and commits at once: for callers without a transaction of their own. */
	default void index(Record record) {
		try (IndexUpdate update = begin()) {
			update.index(record);
			update.commit();
		}
	}

	/** Removes one record and commits at once. */
	default void delete(String id) {
		try (IndexUpdate update = begin()) {
			update.delete(id);
			update.commit();
		}
	}

	/**
	 * The best matches for a query in the search syntax (words, "phrases", AND, OR, NOT, -word, prefix*, fuzzy~),
	 * best first. Words are all required unless joined by OR. A blank query finds nothing.
	 *
	 * @throws SearchException with reason {@link SearchException.Reason#SYNTAX} and a message that says where the
	 *                         query is wrong without quoting it
	 */
	List<SearchHit> search(String query, int limit);

	/**
	 * As {@link #search(String, int)}, among records indexed with at least one of these visibility labels only. An
	 * empty set finds nothing.
	 */
	default List<SearchHit> search(String query, int limit, Set<String> visibleToAnyOf) {
		return search(query, limit, SearchFilter.none().visibleToAnyOf(visibleToAnyOf));
	}

	/** As {@link #search(String, int)}, among the records the filter lets through only. */
	List<SearchHit> search(String query, int limit, SearchFilter filter);

	/**
	 * Replaces the whole index with these records, in one commit: until it completes, searches see the old index, and
	 * a cancelled or failed rebuild leaves it as it was.
	 *
	 * @param expectedCount how many records {@code records} will give, for progress; -1 when unknown
	 * @param mark          the store's mark for the state these records come from, or {@code null}
	 */
	RebuildOutcome rebuild(Iterable<? extends Record> records, long expectedCount, String mark, Progress monitor);

	/**
	 * Compares the index with the store's records: {@code storedVersions} maps every stored record's id to its
	 * version. Returns what must be re-indexed and what must be removed for the index to match.
	 */
	IndexDrift verify(Map<String, Integer> storedVersions);

	/** The mark given with the last committed update or rebuild; empty when none was given. */
	Optional<String> committedMark();

	/** True when the index does not reflect the store: new, damaged, made by another Enlace, or found damaged in use. */
	boolean needsRebuild();

	/** What was found in the folder when the index was opened. */
	OpenState openState();

	/** How many records the committed index holds. */
	long size();

	/** Closes the index; an update still open is rolled back. */
	@Override
	void close();
}
