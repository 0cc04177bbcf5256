package org.crm.enlace.search.internal;

import java.io.IOException;
import java.util.Map;

import javax.crypto.SecretKey;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.crm.enlace.search.OpenState;

/**
 * The Lucene side of one index folder: its encrypted directory, its one writer and the searchers on its last commit,
 * opened, recovered and released together. A damaged index, or one written with another key, is wiped and replaced
 * by an empty one whose commit says it needs a rebuild, so that a crash before the rebuild ends still says so. Not
 * thread-safe but for {@link #searchers()}: the caller serializes the rest.
 */
final class LuceneFiles {

	private final IndexFolder folder;
	private final Analyzer analyzer;
	private final SecretKey key;

	private Directory directory;
	/** Reopened after a rollback, which closes it. */
	private IndexWriter writer;
	private volatile SearcherManager searchers;
	private volatile Map<String, String> committedData = Map.of();

	LuceneFiles(IndexFolder folder, Analyzer analyzer, SecretKey key) {
		this.folder = folder;
		this.analyzer = analyzer;
		this.key = key;
	}

	/**
	 * Opens the folder's index, replacing it with an empty one when it is missing, damaged, of another layout or
	 * written with another key.
	 */
	OpenState open() {
		try {
			directory = EncryptedDirectory.open(folder.path(), key);
			claimForKey();
			if (!openLucene()) {
				startEmpty();
				return folder.isNew() ? OpenState.CREATED : OpenState.REPLACED_BROKEN;
			}
			if (!IndexFields.FORMAT.equals(committedData.get(IndexFields.COMMIT_FORMAT))) {
				writer.deleteAll();
				startEmpty();
				return OpenState.REPLACED_OUTDATED;
			}
			return OpenState.EXISTING;
		} catch (IOException | RuntimeException e) {
			release();
			// Decoding garbage fails in many ways, runtime exceptions too; were the environment the cause instead,
			// the empty index made next would fail the same way and be reported.
			if (e instanceof LockObtainFailedException || !(Failures.isDamaged(e) || e instanceof RuntimeException)) {
				throw Failures.of(e, folder.path());
			}
		}
		replaceDamaged();
		return OpenState.REPLACED_BROKEN;
	}

	/** The writer, reopened when a rollback or a failure closed it; a damaged index is replaced by an empty one. */
	IndexWriter writer() {
		if (writer != null && writer.isOpen()) {
			return writer;
		}
		try {
			writer = new IndexWriter(directory, writerConfig());
		} catch (IOException | RuntimeException e) {
			if (e instanceof LockObtainFailedException || !Failures.isDamaged(e)) {
				throw Failures.of(e, folder.path());
			}
			replaceDamaged();
		}
		return writer;
	}

	/** Drops what the writer has not committed; Lucene closes the writer doing so, {@link #writer()} reopens it. */
	void rollback() {
		if (writer != null) {
			try {
				writer.rollback();
			} catch (IOException | RuntimeException e) {
				// The writer is closed either way; its uncommitted files belong to no commit.
			}
			writer = null;
		}
	}

	/** After the writer committed with this data: searches see the commit. */
	void committed(Map<String, String> data) throws IOException {
		committedData = Map.copyOf(data);
		searchers.maybeRefreshBlocking();
	}

	/** Null between the wipe and the reopen of a damaged index, and once released. */
	SearcherManager searchers() {
		return searchers;
	}

	Map<String, String> committedData() {
		return committedData;
	}

	/** Lets go of the searchers, the writer (dropping what it has not committed) and the directory. */
	void release() {
		SearcherManager current = searchers;
		searchers = null;
		closeQuietly(current);
		rollback();
		closeQuietly(directory);
		directory = null;
	}

	/**
	 * Wipes a folder written with another key, or before encryption, and gives it this key's check. Lucene would take
	 * such files for damaged ones in the end, but only after decrypting garbage.
	 */
	private void claimForKey() throws IOException {
		try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			if (!KeyCheck.matches(folder.path(), key)) {
				folder.wipe();
				KeyCheck.write(folder.path(), key);
			}
		}
	}

	/** Opens the index in the directory; false when it holds no commit yet. */
	private boolean openLucene() throws IOException {
		boolean exists = DirectoryReader.indexExists(directory);
		writer = new IndexWriter(directory, writerConfig());
		if (exists) {
			// Opens every segment of the last commit, which checks their headers, footers and lengths.
			searchers = new SearcherManager(directory, null);
			committedData = Map.copyOf(readCommitData());
		}
		return exists;
	}

	private IndexWriterConfig writerConfig() {
		IndexWriterConfig config = new IndexWriterConfig(analyzer);
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		// Uncommitted changes belong to a store transaction that did not commit: closing must not keep them.
		config.setCommitOnClose(false);
		config.setRAMBufferSizeMB(48);
		return config;
	}

	private void startEmpty() throws IOException {
		Map<String, String> data = Map.of(IndexFields.COMMIT_FORMAT, IndexFields.FORMAT,
				IndexFields.COMMIT_REBUILD_NEEDED, "true");
		writer.setLiveCommitData(data.entrySet());
		writer.commit();
		if (searchers == null) {
			searchers = new SearcherManager(directory, null);
		}
		committed(data);
	}

	/** Wipes a damaged index and starts empty; the index is derived data, the store makes it again. */
	private void replaceDamaged() {
		release();
		try {
			directory = EncryptedDirectory.open(folder.path(), key);
			// Under the lock, as an index that another process opened meanwhile must not be emptied.
			try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
				folder.wipe();
			}
			if (openLucene()) {
				throw new IOException("a wiped index folder still holds a commit");
			}
			startEmpty();
		} catch (IOException | RuntimeException e) {
			release();
			throw Failures.of(e, folder.path());
		}
	}

	private Map<String, String> readCommitData() throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			return ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
		} finally {
			searchers.release(searcher);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			} catch (Exception e) {
				// Closing after a failure or at the end: nothing left to save.
			}
		}
	}
}
