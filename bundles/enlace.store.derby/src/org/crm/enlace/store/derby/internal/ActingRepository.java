package org.crm.enlace.store.derby.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.OwnerSigned;
import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.core.store.ReceivedVersion;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordIds;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.IndexUpdate;
import org.crm.enlace.search.SearchException;
import org.eclipse.emf.ecore.EClass;

/**
 * The repository as one actor sees it: the user's for the store's lifetime, or the system's while a store seeds
 * (then {@link #revoke revoked}). Records go in and come out as copies, so callers never share an object with the
 * store or with each other. Every call writes its audit entries (reads of AMBER or RED records, changes) in its own
 * transaction. A write also updates the full-text index, committed in two phases around the database's commit.
 */
final class ActingRepository implements RecordRepository {

	/** Full-text search results are cut at this many, whatever the caller asks. */
	static final int MAX_SEARCH_RESULTS = 1_000;

	private final Transactions transactions;
	private final StoreSearch search;
	private final AttachmentFiles files;
	private final Actor actor;
	private final Clock clock;
	private volatile boolean revoked;

	ActingRepository(Transactions transactions, StoreSearch search, AttachmentFiles files, Actor actor, Clock clock) {
		this.transactions = transactions;
		this.search = search;
		this.files = files;
		this.actor = actor;
		this.clock = clock;
	}

	/** From now on every call fails: the system's repository must not outlive the seeding. */
	void revoke() {
		revoked = true;
	}

	@Override
	public <T extends Record> List<T> findAll(EClass type, Class<T> javaType) {
		return find(RecordQuery.of(type), javaType);
	}

	@Override
	public Optional<Record> findById(String id) {
		return run("findById", (reads, audit) -> {
			Optional<Record> found = reads.findById(id);
			audit.read(found.stream().toList(), "findById");
			return found;
		});
	}

	@Override
	public <T extends Record> List<T> find(RecordQuery query, Class<T> javaType) {
		return page(query, Integer.MAX_VALUE, javaType, reads -> reads.contents(query));
	}

	/* The index proposes, the access rule in SQL disposes: a hit the user may not see is dropped. */
	@Override
	public List<Record> search(String query, int limit) {
		checkUsable();
		if (limit <= 0 || query == null || query.isBlank()) {
			return List.of();
		}
		return visible(search.candidates(query, Math.min(limit, MAX_SEARCH_RESULTS), actor), "search");
	}

	@Override
	public <T extends Record> List<T> find(RecordQuery query, long offset, int limit, Class<T> javaType) {
		return page(query, limit, javaType, reads -> reads.contents(query, offset, limit));
	}

	@Override
	public <T extends Record> List<T> findAfter(RecordQuery query, String afterId, int limit, Class<T> javaType) {
		return page(query, limit, javaType, reads -> reads.contentsAfter(query, afterId, limit));
	}

	@FunctionalInterface
	private interface Contents {
		List<String> read(RecordReads reads) throws SQLException;
	}

	/* The records of a query's page, audited as "find"; no page of none is read: Derby refuses FETCH NEXT 0 ROWS. */
	private <T extends Record> List<T> page(RecordQuery query, int limit, Class<T> javaType, Contents contents) {
		checkType(query, javaType);
		if (limit <= 0) {
			return List.of();
		}
		return run("find", (reads, audit) -> {
			List<T> found = contents.read(reads).stream()
					.map(RecordCodec::read)
					.map(javaType::cast)
					.toList();
			audit.read(found, "find");
			return found;
		});
	}

	/* On a connection of its own: a list counting a million ids does not hold up the reads of the parts meanwhile. */
	@Override
	public Optional<RecordIds> ids(RecordQuery query, Progress progress) {
		Objects.requireNonNull(query, "query");
		Objects.requireNonNull(progress, "progress");
		checkUsable();
		return transactions.readAside("ids", connection -> new RecordReads(connection, actor).ids(query, progress));
	}

	@Override
	public List<Record> findByIds(List<String> ids) {
		return visible(List.copyOf(ids), "findByIds");
	}

	/* The records among the ids that the user may see, in their order, audited as read by the call. */
	private List<Record> visible(List<String> ids, String call) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return run(call, (reads, audit) -> {
			List<Record> found = reads.visible(ids);
			audit.read(found, call);
			return found;
		});
	}

	private static void checkType(RecordQuery query, Class<?> javaType) {
		Class<?> instanceClass = query.type().getInstanceClass();
		if (instanceClass != null && !javaType.isAssignableFrom(instanceClass)) {
			throw new IllegalArgumentException(javaType.getName() + " is not the type of " + query.type().getName());
		}
	}

	@Override
	public Attachment attach(String recordId, String name, String mediaType, byte[] content) {
		Objects.requireNonNull(recordId, "recordId");
		Objects.requireNonNull(content, "content");
		checkText("name", name, AttachmentTable.NAME_LENGTH);
		checkText("mediaType", mediaType, AttachmentTable.MEDIA_TYPE_LENGTH);
		if (content.length > MAX_ATTACHMENT_BYTES) {
			throw new StoreException(Reason.INVALID, "content > " + MAX_ATTACHMENT_BYTES + " bytes");
		}
		String id = UUID.randomUUID().toString();
		return write("attach", writes -> writes.attach(id, recordId, name.strip(), mediaType.strip(), content));
	}

	private static void checkText(String field, String value, int maximum) {
		if (value == null || value.isBlank() || value.strip().length() > maximum) {
			throw new StoreException(Reason.INVALID, field);
		}
	}

	@Override
	public List<Attachment> attachments(String recordId) {
		return run("attachments", (reads, audit) -> reads.attachments(recordId));
	}

	/* Reading an attachment of an AMBER or RED record is audited like reading the record. */
	@Override
	public byte[] readAttachment(String attachmentId) {
		return run("readAttachment", (reads, audit) -> {
			AttachmentTable.Row row = reads.attachment(attachmentId)
					.orElseThrow(() -> new StoreException(Reason.RECORD_NOT_FOUND, attachmentId));
			byte[] content = files.read(attachmentId, row.attachment().recordId());
			if (AuditTrail.AUDITED_READS.contains(row.tlp())) {
				audit.add(AuditAction.READ, row.attachment().recordId(), row.recordVersion(),
						"attachment " + row.attachment().mediaType());
			}
			return content;
		});
	}

	@Override
	public boolean detach(String attachmentId) {
		return write("detach", writes -> writes.detach(attachmentId));
	}

	@Override
	public long count(EClass type) {
		return count(RecordQuery.of(type));
	}

	/* A count hands out no record: nothing to audit. */
	@Override
	public long count(RecordQuery query) {
		return run("count", (reads, audit) -> reads.count(query));
	}

	/* Old versions are content too: the versions handed out are audited like records. */
	@Override
	public List<RecordVersion> history(String id) {
		return run("history", (reads, audit) -> {
			List<RecordVersion> versions = reads.history(id);
			audit.read(versions.stream().map(RecordVersion::record).toList(), "history");
			return versions;
		});
	}

	@Override
	public <T extends Record> T save(T record) {
		Objects.requireNonNull(record, "record");
		@SuppressWarnings("unchecked") // a copy has the class of its original
		T saved = (T) write("save", writes -> writes.save(record));
		return saved;
	}

	@Override
	public List<Record> saveAll(Collection<? extends Record> records) {
		List<Record> toSave = List.copyOf(records);
		return write("saveAll", writes -> {
			List<Record> saved = new ArrayList<>(toSave.size());
			for (Record record : toSave) {
				saved.add(writes.save(record));
			}
			return saved;
		});
	}

	@Override
	public Receipt receive(List<ReceivedVersion> versions) {
		List<ReceivedVersion> toReceive = List.copyOf(versions);
		return write("receive", writes -> writes.receive(toReceive));
	}

	@Override
	public Optional<OwnerSigned> ownerSigned(String id) {
		return run("ownerSigned", (reads, audit) -> reads.ownerSigned(id));
	}

	@Override
	public boolean delete(String id) {
		return write("delete", writes -> writes.delete(id));
	}

	@Override
	public boolean scrub(String id) {
		return write("scrub", writes -> writes.scrub(id));
	}

	@FunctionalInterface
	private interface Read<T> {
		T run(RecordReads reads, AuditTrail audit) throws SQLException;
	}

	@FunctionalInterface
	private interface Write<T> {
		T run(RecordWrites writes) throws SQLException;
	}

	/* The reads' audit entries go into the read's own transaction. */
	private <T> T run(String operation, Read<T> read) {
		checkUsable();
		Instant now = clock.now();
		return transactions.run(operation,
				connection -> read.run(new RecordReads(connection, actor), new AuditTrail(connection, actor, now)));
	}

	/*
	 * One time stamp per call: every record of a saveAll gets the same. The index's update is begun first (it waits
	 * for a rebuild to end without holding the database), prepared before the database commits, and made visible
	 * after; when that last step fails the database keeps the write and the next open repairs the index. The new rows
	 * wait in batches (Inserts) until the write is done.
	 */
	private <T> T write(String operation, Write<T> write) {
		checkUsable();
		Instant now = clock.now();
		FileChanges fileChanges = new FileChanges();
		try (IndexUpdate fullText = search.begin()) {
			T result;
			try {
				result = transactions.run(operation, connection -> {
					try (Inserts inserts = Inserts.batched(connection)) {
						T written = write.run(new RecordWrites(connection, actor, now,
								new AuditTrail(connection, actor, now, inserts), fullText, files, fileChanges,
								inserts));
						inserts.flush();
						fullText.prepare(Long.toString(StoreState.advanceWrites(connection)));
						return written;
					}
				});
			} catch (RuntimeException e) {
				fileChanges.failed(files);
				throw e;
			}
			try {
				fullText.commit();
			} catch (SearchException e) {
				// Committed in the database: the index's mark now lags, which the next open repairs.
			}
			fileChanges.committed(files);
			return result;
		}
	}

	private void checkUsable() {
		if (revoked) {
			throw new IllegalStateException("the system's repository is only usable while seeding");
		}
	}
}
