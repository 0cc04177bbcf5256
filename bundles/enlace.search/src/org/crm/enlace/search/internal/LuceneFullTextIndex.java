package org.crm.enlace.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import javax.crypto.SecretKey;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.IndexDrift;
import org.crm.enlace.search.IndexUpdate;
import org.crm.enlace.search.OpenState;
import org.crm.enlace.search.RebuildOutcome;
import org.crm.enlace.search.SearchException.Reason;
import org.crm.enlace.search.SearchException;
import org.crm.enlace.search.SearchFilter;
import org.crm.enlace.search.SearchHit;
import org.crm.enlace.search.VisibilityLabels;

/**
 * The full-text index on Lucene. Updates run one at a time under a lock held from begin to close; searches run on the
 * last commit (not on the writer), so that they never see a store transaction that has not committed.
 */
public final class LuceneFullTextIndex implements FullTextIndex {

	/** More hits than a person reads; larger limits cost memory for nothing. */
	static final int MAX_LIMIT = 10_000;
	/*
	 * Lucene tells on stderr, at its first use, that the JDK's incubating vector API is not enabled; every command
	 * of the command line would print it. Kept in a field: java.util.logging holds its loggers weakly.
	 */
	private static final java.util.logging.Logger VECTORIZATION = quiet(
			"org.apache.lucene.internal.vectorization.VectorizationProvider");
	private static final int PROGRESS_STEP = 1_000;

	private final IndexFolder folder;
	private final BilingualAnalyzer analyzer = new BilingualAnalyzer();
	private final LuceneFiles files;
	private final RecordDocuments documents;
	private final Consumer<LuceneFullTextIndex> onClose;
	private final ReentrantLock writing = new ReentrantLock();
	private final OpenState openState;
	/** A damaged file met while reading or writing; the next completed rebuild clears it. */
	private volatile boolean damagedInUse;
	private volatile boolean closed;

	private LuceneFullTextIndex(IndexFolder folder, VisibilityLabels labels, SecretKey key,
			Consumer<LuceneFullTextIndex> onClose) {
		this.folder = folder;
		this.files = new LuceneFiles(folder, analyzer, key);
		this.documents = new RecordDocuments(labels);
		this.onClose = onClose;
		this.openState = files.open();
	}

	private static java.util.logging.Logger quiet(String name) {
		java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
		logger.setLevel(java.util.logging.Level.SEVERE);
		return logger;
	}

	public static LuceneFullTextIndex open(Path path, VisibilityLabels labels, SecretKey key) {
		return open(path, labels, key, index -> {
			// nobody to tell
		});
	}

	/** @param onClose told when the index is closed (the DS factory forgets it then) */
	public static LuceneFullTextIndex open(Path path, VisibilityLabels labels, SecretKey key,
			Consumer<LuceneFullTextIndex> onClose) {
		EncryptedDirectory.requireAes256(key);
		return new LuceneFullTextIndex(IndexFolder.claim(path), labels, key, onClose);
	}

	@Override
	public IndexUpdate begin() {
		return begin(false);
	}

	private LuceneIndexUpdate begin(boolean rebuild) {
		if (writing.isHeldByCurrentThread()) {
			throw new IllegalStateException("An index update is already open on this thread");
		}
		writing.lock();
		try {
			checkOpen();
			files.writer();
			return new LuceneIndexUpdate(this, files, documents, rebuild);
		} catch (RuntimeException e) {
			writing.unlock();
			throw e;
		}
	}

	@Override
	public List<SearchHit> search(String query, int limit) {
		return search(query, limit, SearchFilter.none());
	}

	@Override
	public List<SearchHit> search(String query, int limit, SearchFilter filter) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
		checkOpen();
		if (query == null || query.isBlank()
				|| filter.fieldValues().values().stream().anyMatch(Set::isEmpty)) {
			return List.of();
		}
		BooleanQuery.Builder filtered = new BooleanQuery.Builder()
				.add(QuerySyntax.parse(query, analyzer), BooleanClause.Occur.MUST);
		filter.fieldValues().forEach((field, values) -> filtered.add(
				new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER));
		return withSearcher(searcher -> hits(searcher, filtered.build(), Math.min(limit, MAX_LIMIT)));
	}

	private static List<SearchHit> hits(IndexSearcher searcher, Query query, int limit) throws IOException {
		ScoreDoc[] top = searcher.search(query, limit).scoreDocs;
		StoredFields stored = searcher.storedFields();
		Set<String> idOnly = Set.of(IndexFields.ID);
		List<SearchHit> hits = new ArrayList<>(top.length);
		for (ScoreDoc hit : top) {
			hits.add(new SearchHit(stored.document(hit.doc, idOnly).get(IndexFields.ID), hit.score));
		}
		return hits;
	}

	@Override
	public RebuildOutcome rebuild(Iterable<? extends Record> records, long expectedCount, String mark,
			Progress monitor) {
		LuceneIndexUpdate update = begin(true);
		try (update) {
			update.deleteAll();
			long done = 0;
			for (Record record : records) {
				if (monitor.isCancelled()) {
					return RebuildOutcome.CANCELLED;
				}
				update.add(record);
				if (++done % PROGRESS_STEP == 0) {
					monitor.worked(done, expectedCount);
				}
			}
			if (monitor.isCancelled()) {
				return RebuildOutcome.CANCELLED;
			}
			update.prepare(mark);
			update.commit();
			monitor.worked(done, expectedCount);
			return RebuildOutcome.COMPLETED;
		}
	}

	@Override
	public IndexDrift verify(Map<String, Integer> storedVersions) {
		checkOpen();
		return withSearcher(searcher -> IndexComparison.compare(searcher.getIndexReader(), storedVersions));
	}

	@Override
	public Optional<String> committedMark() {
		return Optional.ofNullable(files.committedData().get(IndexFields.COMMIT_MARK));
	}

	@Override
	public boolean needsRebuild() {
		return damagedInUse || files.committedData().containsKey(IndexFields.COMMIT_REBUILD_NEEDED);
	}

	@Override
	public OpenState openState() {
		return openState;
	}

	@Override
	public long size() {
		checkOpen();
		return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
	}

	@Override
	public void close() {
		writing.lock();
		try {
			if (closed) {
				return;
			}
			closed = true;
			files.release();
		} finally {
			writing.unlock();
		}
		onClose.accept(this);
	}

	void checkOpen() {
		if (closed) {
			throw Failures.error(Reason.CLOSED, folder.path());
		}
	}

	boolean isClosed() {
		return closed;
	}

	/** The user's exception for a failure of Lucene; a damaged file marks the index for a rebuild. */
	SearchException failure(Exception e) {
		checkOpen();
		if (Failures.isDamaged(e)) {
			damagedInUse = true;
		}
		return Failures.of(e, folder.path());
	}

	void rebuilt() {
		damagedInUse = false;
	}

	void updateEnded() {
		writing.unlock();
	}

	/** Runs a read on the last commit. */
	private <T> T withSearcher(SearcherAction<T> action) {
		SearcherManager manager = files.searchers();
		if (manager == null) {
			// Between the wipe and the reopen of a damaged index.
			checkOpen();
			throw Failures.error(Reason.FAILED, folder.path());
		}
		IndexSearcher searcher = null;
		try {
			searcher = manager.acquire();
			return action.run(searcher);
		} catch (IndexSearcher.TooManyClauses e) {
			throw QuerySyntax.tooComplex();
		} catch (SearchException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			// Lucene's messages may quote a term of the query or of a record: none is passed on.
			throw failure(e);
		} finally {
			if (searcher != null) {
				releaseQuietly(manager, searcher);
			}
		}
	}

	private static void releaseQuietly(SearcherManager manager, IndexSearcher searcher) {
		try {
			manager.release(searcher);
		} catch (IOException | RuntimeException e) {
			// The reader stays referenced until the manager closes; searching goes on.
		}
	}

	@FunctionalInterface
	private interface SearcherAction<T> {
		T run(IndexSearcher searcher) throws IOException;
	}
}
