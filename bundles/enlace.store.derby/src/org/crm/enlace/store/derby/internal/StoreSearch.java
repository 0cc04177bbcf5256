package org.crm.enlace.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexes;
import org.crm.enlace.search.IndexDrift;
import org.crm.enlace.search.IndexUpdate;
import org.crm.enlace.search.RebuildOutcome;
import org.crm.enlace.search.SearchException;
import org.crm.enlace.search.SearchHit;

/**
 * The store's full-text index, in {@code <data folder>/index}, encrypted with the node's index key. Every write
 * transaction updates it in two phases around the database commit ({@link ActingRepository}), with the count of
 * write transactions ({@link StoreState}) as its mark. At open the marks are compared: a difference (a crash between
 * the two commits) is repaired from the records' versions; a missing, damaged or outdated index is rebuilt at once
 * when the store is small, else it waits for {@link #rebuild} (with progress, cancellable) and searches are refused
 * until then. The database stays the source of truth.
 */
final class StoreSearch implements AutoCloseable {

	static final String FOLDER_NAME = "index";
	/** Up to this many live records, a rebuild at open takes a few seconds and needs no asking. */
	static final long REBUILD_AT_OPEN_LIMIT = 20_000;

	private final FullTextIndex index;
	private final EmbeddedDatabase database;
	private final Path dataFolder;

	private StoreSearch(FullTextIndex index, EmbeddedDatabase database, Path dataFolder) {
		this.index = index;
		this.database = database;
		this.dataFolder = dataFolder;
	}

	static StoreSearch open(Path dataFolder, NodeKeys keys, EmbeddedDatabase database) {
		FullTextIndex index = open(dataFolder.resolve(FOLDER_NAME), keys);
		StoreSearch search = new StoreSearch(index, database, dataFolder);
		try {
			search.catchUp();
			return search;
		} catch (RuntimeException e) {
			index.close();
			throw e;
		}
	}

	private static FullTextIndex open(Path folder, NodeKeys keys) {
		try {
			return FullTextIndexes.open(folder, new SearchLabels(), keys.indexKey());
		} catch (SearchException e) {
			throw new StoreException(Reason.NOT_WRITABLE, folder.toString(), e);
		}
	}

	private void catchUp() {
		try (Connection connection = database.newConnection()) {
			long writes = StoreState.writes(connection);
			connection.commit();
			if (index.needsRebuild()) {
				// Counted only here: a count reads every record, seconds at a million.
				long live = LiveRecords.count(connection);
				connection.commit();
				if (live <= REBUILD_AT_OPEN_LIMIT) {
					rebuild(Progress.NONE);
				}
			} else if (!index.committedMark().equals(Optional.of(Long.toString(writes)))) {
				repair(connection, writes);
			}
		} catch (SQLException e) {
			throw LiveRecords.failure(e);
		}
	}

	/* Re-indexes what the index missed or holds at another version, removes what it should not hold. */
	private void repair(Connection connection, long writes) throws SQLException {
		IndexDrift drift = index.verify(LiveRecords.versions(connection));
		List<Record> toIndex = LiveRecords.byIds(connection, List.copyOf(drift.toReindex()));
		connection.commit();
		try (IndexUpdate update = index.begin()) {
			drift.toRemove().forEach(update::delete);
			toIndex.forEach(update::index);
			update.prepare(Long.toString(writes));
			update.commit();
		}
	}

	boolean ready() {
		return !index.needsRebuild();
	}

	/** @see org.crm.enlace.core.store.RecordStore#rebuildSearchIndex */
	boolean rebuild(Progress progress) {
		try (Connection connection = database.newConnection()) {
			long live = LiveRecords.count(connection);
			long writes = StoreState.writes(connection);
			connection.commit();
			RebuildOutcome outcome = index.rebuild(new LiveRecords(connection), live, Long.toString(writes),
					progress);
			if (outcome == RebuildOutcome.CANCELLED) {
				return false;
			}
			long after = StoreState.writes(connection);
			connection.commit();
			if (after != writes) {
				// Writes committed between counting and the rebuild's start: bring them in.
				repair(connection, after);
			}
			return true;
		} catch (SQLException e) {
			throw LiveRecords.failure(e);
		} catch (SearchException e) {
			throw new StoreException(Reason.FAILED, dataFolder.resolve(FOLDER_NAME).toString(), e);
		}
	}

	/** Starts the index's part of a write transaction; waits while another write or a rebuild runs. */
	IndexUpdate begin() {
		return index.begin();
	}

	/**
	 * The ids of the best matches among the records the actor's labels allow, best first. The caller still checks
	 * each with the access rule.
	 */
	List<String> candidates(String query, int limit, Actor actor) {
		if (!ready()) {
			throw new StoreException(Reason.SEARCH_NOT_READY, dataFolder.toString());
		}
		try {
			List<SearchHit> hits = actor.system() ? index.search(query, limit)
					: index.search(query, limit, SearchLabels.of(actor.organization()));
			return hits.stream().map(SearchHit::id).toList();
		} catch (SearchException e) {
			if (e.reason() == SearchException.Reason.SYNTAX) {
				throw new StoreException(Reason.SEARCH_SYNTAX, e.getMessage());
			}
			throw new StoreException(Reason.FAILED, "search");
		}
	}

	@Override
	public void close() {
		index.close();
	}
}
