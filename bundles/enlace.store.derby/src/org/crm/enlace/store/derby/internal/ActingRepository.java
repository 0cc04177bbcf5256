package org.crm.enlace.store.derby.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EClass;

/**
 * The repository as one actor sees it: the user's for the store's lifetime, or the system's while a store seeds
 * (then {@link #revoke revoked}). Records go in and come out as copies, so callers never share an object with the
 * store or with each other. Every call writes its audit entries (reads of AMBER or RED records, changes) in its own
 * transaction.
 */
final class ActingRepository implements RecordRepository {

	private final Transactions transactions;
	private final Actor actor;
	private final Clock clock;
	private volatile boolean revoked;

	ActingRepository(Transactions transactions, Actor actor, Clock clock) {
		this.transactions = transactions;
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
		Class<?> instanceClass = query.type().getInstanceClass();
		if (instanceClass != null && !javaType.isAssignableFrom(instanceClass)) {
			throw new IllegalArgumentException(javaType.getName() + " is not the type of " + query.type().getName());
		}
		return run("find", (reads, audit) -> {
			List<T> found = reads.contents(query).stream()
					.map(RecordCodec::read)
					.map(javaType::cast)
					.toList();
			audit.read(found, "find");
			return found;
		});
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

	/* One time stamp per call: every record of a saveAll gets the same. */
	private <T> T write(String operation, Write<T> write) {
		checkUsable();
		Instant now = clock.now();
		return transactions.run(operation, connection -> write
				.run(new RecordWrites(connection, actor, now, new AuditTrail(connection, actor, now))));
	}

	private void checkUsable() {
		if (revoked) {
			throw new IllegalStateException("the system's repository is only usable while seeding");
		}
	}
}
