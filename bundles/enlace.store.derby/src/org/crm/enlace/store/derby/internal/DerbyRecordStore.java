package org.crm.enlace.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StaleRecordException;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.model.Record;
import org.crm.enlace.store.derby.internal.RecordTable.StoredRecord;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A record store on one data folder, holding the folder's lock and one Derby connection. Each public method is one
 * transaction and they run one at a time. Records go in and come out as copies, so callers never share an object
 * with the store or with each other.
 */
public final class DerbyRecordStore implements RecordStore {

	@FunctionalInterface
	private interface Work<T> {
		T run(RecordTable table) throws SQLException;
	}

	private final Path dataFolder;
	private final DataFolderLock lock;
	private final EmbeddedDatabase database;
	private final CurrentUser user;
	private final Clock clock;
	private final Consumer<? super DerbyRecordStore> onClose;
	private boolean closed;

	private DerbyRecordStore(Path dataFolder, DataFolderLock lock, EmbeddedDatabase database, CurrentUser user,
			Clock clock, Consumer<? super DerbyRecordStore> onClose) {
		this.dataFolder = dataFolder;
		this.lock = lock;
		this.database = database;
		this.user = user;
		this.clock = clock;
		this.onClose = onClose;
	}

	/**
	 * Locks the data folder, boots (or creates) its database and brings its layout to {@code schema}'s version. On any
	 * failure nothing stays open or locked.
	 */
	static DerbyRecordStore open(Path requestedFolder, CurrentUser user, Clock clock, Schema schema,
			Consumer<? super DerbyRecordStore> onClose) {
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(clock, "clock");
		Path dataFolder = DataFolder.prepare(requestedFolder);
		DataFolderLock lock = DataFolderLock.acquire(dataFolder);
		try {
			EmbeddedDatabase database = EmbeddedDatabase.open(dataFolder);
			try {
				schema.migrate(database.connection(), dataFolder.resolve(EmbeddedDatabase.FOLDER_NAME), clock.now());
				return new DerbyRecordStore(dataFolder, lock, database, user, clock, onClose);
			} catch (SQLException e) {
				throw closeAfter(database, DerbyFailures.atOpen(e, dataFolder));
			} catch (RuntimeException e) {
				throw closeAfter(database, e);
			}
		} catch (RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	private static RuntimeException closeAfter(EmbeddedDatabase database, RuntimeException failure) {
		try {
			database.close();
		} catch (RuntimeException e) {
			failure.addSuppressed(e);
		}
		return failure;
	}

	@Override
	public Path dataFolder() {
		return dataFolder;
	}

	@Override
	public synchronized <T extends Record> List<T> findAll(EClass type, Class<T> javaType) {
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass != null && !javaType.isAssignableFrom(instanceClass)) {
			throw new IllegalArgumentException(javaType.getName() + " is not the type of " + type.getName());
		}
		String typeName = EClassNames.of(type);
		return inTransaction("findAll", table -> table.contentsOfType(typeName).stream()
				.map(RecordCodec::read)
				.map(javaType::cast)
				.toList());
	}

	@Override
	public synchronized Optional<Record> findById(String id) {
		return inTransaction("findById", table -> table.find(id).map(stored -> RecordCodec.read(stored.content())));
	}

	@Override
	public synchronized <T extends Record> T save(T record) {
		Objects.requireNonNull(record, "record");
		@SuppressWarnings("unchecked") // a copy has the class of its original
		T saved = (T) inTransaction("save", table -> store(table, record, clock.now()));
		return saved;
	}

	@Override
	public synchronized List<Record> saveAll(Collection<? extends Record> records) {
		List<Record> toSave = List.copyOf(records);
		return inTransaction("saveAll", table -> {
			Instant now = clock.now();
			List<Record> saved = new ArrayList<>(toSave.size());
			for (Record record : toSave) {
				saved.add(store(table, record, now));
			}
			return saved;
		});
	}

	@Override
	public synchronized boolean delete(String id) {
		return inTransaction("delete", table -> table.delete(id));
	}

	@Override
	public synchronized long count(EClass type) {
		String typeName = EClassNames.of(type);
		return inTransaction("count", table -> table.countOfType(typeName));
	}

	/** Stores a copy of {@code record}, stamped, within the caller's transaction. */
	private Record store(RecordTable table, Record record, Instant now) throws SQLException {
		Record working = EcoreUtil.copy(record);
		String eClassName = EClassNames.ofStorable(working.eClass());
		boolean hasId = working.getId() != null && !working.getId().isEmpty();
		if (!hasId) {
			working.setId(UUID.randomUUID().toString());
		}
		Optional<StoredRecord> stored = hasId ? table.find(working.getId()) : Optional.empty();
		if (stored.isPresent()) {
			stampChange(working, stored.get(), record, eClassName, now);
			checkLengths(working);
			table.update(working, eClassName, RecordCodec.write(working));
		} else {
			if (record.getVersion() != 0) {
				// It was stored once and someone deleted it since: saving must not bring it back unnoticed.
				throw new StoreException(Reason.STALE, working.getId());
			}
			stampNew(working, now);
			checkLengths(working);
			table.insert(working, eClassName, EClassNames.withSuperTypes(working.eClass()),
					RecordCodec.write(working));
		}
		return working;
	}

	private void stampNew(Record working, Instant now) {
		if (working.getOwnerCountry() == null || working.getOwnerCountry().isEmpty()) {
			// Every record is owned by a country; by default the one its author acts for.
			working.setOwnerCountry(user.country());
		}
		working.setVersion(1);
		working.setCreatedAt(now);
		working.setCreatedBy(user.userName());
		working.setModifiedAt(now);
		working.setModifiedBy(user.userName());
	}

	private void stampChange(Record working, StoredRecord stored, Record attempted, String eClassName, Instant now) {
		if (stored.version() != attempted.getVersion()) {
			Record current = RecordCodec.read(stored.content());
			throw new StaleRecordException(current, EcoreUtil.copy(attempted));
		}
		if (!stored.eClassName().equals(eClassName)) {
			// An id names one record of one class for good.
			throw new StoreException(Reason.INVALID, "id " + working.getId());
		}
		// Creation stamps come from the store, whatever the caller's copy says.
		Record previous = RecordCodec.read(stored.content());
		working.setCreatedAt(previous.getCreatedAt());
		working.setCreatedBy(previous.getCreatedBy());
		working.setVersion(stored.version() + 1);
		working.setModifiedAt(now);
		working.setModifiedBy(user.userName());
	}

	/* Checked before writing so that the message can name the field; Derby's own message would quote the value. */
	private static void checkLengths(Record record) {
		checkLength("id", record.getId(), RecordTable.ID_LENGTH);
		checkLength("ownerCountry", record.getOwnerCountry(), RecordTable.OWNER_LENGTH);
		checkLength("createdBy", record.getCreatedBy(), RecordTable.USER_LENGTH);
		checkLength("modifiedBy", record.getModifiedBy(), RecordTable.USER_LENGTH);
	}

	private static void checkLength(String feature, String value, int maximum) {
		if (value == null || value.length() > maximum) {
			throw new StoreException(Reason.INVALID, feature);
		}
	}

	private <T> T inTransaction(String operation, Work<T> work) {
		if (closed) {
			throw new IllegalStateException("The store of " + dataFolder + " is closed");
		}
		Connection connection = database.connection();
		try {
			T result = work.run(new RecordTable(connection));
			connection.commit();
			return result;
		} catch (SQLException e) {
			throw rollBack(connection, DerbyFailures.during(operation, e));
		} catch (RuntimeException e) {
			throw rollBack(connection, e);
		}
	}

	private static RuntimeException rollBack(Connection connection, RuntimeException failure) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			failure.addSuppressed(DerbyFailures.withoutContent(e));
		}
		return failure;
	}

	/** Shuts the database down and releases the folder; a second call does nothing. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			database.close();
		} finally {
			lock.close();
			onClose.accept(this);
		}
	}
}
