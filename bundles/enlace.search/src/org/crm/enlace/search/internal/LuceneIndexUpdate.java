package org.crm.enlace.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.IndexUpdate;
import org.crm.enlace.search.SearchException;

/**
 * One store transaction's changes to the index, or a rebuild: Lucene's own two-phase commit (prepareCommit, commit),
 * with the store's mark in the commit's data. Its owner holds the write lock from begin to {@link #close()}.
 */
final class LuceneIndexUpdate implements IndexUpdate {

	private final LuceneFullTextIndex index;
	private final LuceneFiles files;
	private final RecordDocuments documents;
	private final boolean rebuild;
	private boolean changed;
	private Map<String, String> prepared;
	private boolean committed;
	private boolean ended;

	LuceneIndexUpdate(LuceneFullTextIndex index, LuceneFiles files, RecordDocuments documents, boolean rebuild) {
		this.index = index;
		this.files = files;
		this.documents = documents;
		this.rebuild = rebuild;
	}

	@Override
	public void index(Record record) {
		checkChanging();
		Document document = documents.toDocument(record);
		write(writer -> writer.updateDocument(new Term(IndexFields.ID, record.getId()), document));
	}

	@Override
	public void delete(String id) {
		checkChanging();
		write(writer -> writer.deleteDocuments(new Term(IndexFields.ID, id)));
	}

	/** For a rebuild: empties the index (until it commits). */
	void deleteAll() {
		checkChanging();
		write(IndexWriter::deleteAll);
	}

	/** For a rebuild: after deleteAll there is no older document with the same id to look for. */
	void add(Record record) {
		checkChanging();
		Document document = documents.toDocument(record);
		write(writer -> writer.addDocument(document));
	}

	@Override
	public void prepare(String mark) {
		checkChanging();
		Map<String, String> data = new HashMap<>(files.committedData());
		data.put(IndexFields.COMMIT_FORMAT, IndexFields.FORMAT);
		if (mark != null) {
			data.put(IndexFields.COMMIT_MARK, mark);
		}
		if (rebuild) {
			data.remove(IndexFields.COMMIT_REBUILD_NEEDED);
		}
		write(writer -> {
			writer.setLiveCommitData(data.entrySet());
			writer.prepareCommit();
		});
		prepared = Map.copyOf(data);
	}

	@Override
	public void commit() {
		if (committed) {
			return;
		}
		checkNotEnded();
		if (prepared == null) {
			prepare(null);
		}
		write(IndexWriter::commit);
		committed = true;
		try {
			files.committed(prepared);
		} catch (IOException | RuntimeException e) {
			throw index.failure(e);
		}
		if (rebuild) {
			index.rebuilt();
		}
	}

	@Override
	public void close() {
		if (ended) {
			return;
		}
		ended = true;
		try {
			if (!committed && changed && !index.isClosed()) {
				files.rollback();
			}
		} finally {
			index.updateEnded();
		}
	}

	private void write(WriterAction action) {
		changed = true;
		try {
			action.run(files.writer());
		} catch (SearchException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			// Lucene's messages may quote a term of the record ("immense term..."): none is passed on.
			throw index.failure(e);
		}
	}

	private void checkChanging() {
		checkNotEnded();
		if (prepared != null) {
			throw new IllegalStateException("The update is prepared: no change may follow");
		}
	}

	private void checkNotEnded() {
		if (ended || committed) {
			throw new IllegalStateException("The update has ended");
		}
		index.checkOpen();
	}

	@FunctionalInterface
	private interface WriterAction {
		void run(IndexWriter writer) throws IOException;
	}
}
