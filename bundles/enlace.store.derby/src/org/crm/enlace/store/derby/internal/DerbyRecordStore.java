package org.crm.enlace.store.derby.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.Backup;
import org.crm.enlace.core.store.OwnerSigned;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.core.store.ReceivedVersion;
import org.crm.enlace.core.store.RecordIds;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.SystemSeeding;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EClass;

/**
 * A record store on one data folder, holding the folder's lock and one Derby connection, working for one user. Each
 * public method is one transaction and they run one at a time; what the user may see and write is decided in
 * {@link RecordReads} and {@link RecordWrites}. Opening is audited (an OPEN entry for the user) before the seeding.
 */
public final class DerbyRecordStore implements RecordStore {

	private final Path dataFolder;
	private final DataFolderLock lock;
	private final Transactions transactions;
	private final Actor actor;
	private final Clock clock;
	private final ActingRepository user;
	private final DerbyAuditLog auditLog;
	private final Consumer<? super DerbyRecordStore> onClose;
	private boolean closed;

	private final StoreSearch search;
	private final AttachmentFiles attachments;

	private DerbyRecordStore(Path dataFolder, DataFolderLock lock, Transactions transactions, StoreSearch search,
			NodeKeys keys, Actor actor, Clock clock, Consumer<? super DerbyRecordStore> onClose) {
		this.dataFolder = dataFolder;
		this.lock = lock;
		this.transactions = transactions;
		this.search = search;
		this.actor = actor;
		this.clock = clock;
		this.attachments = new AttachmentFiles(dataFolder, keys.attachmentKey());
		this.user = new ActingRepository(transactions, search, attachments, actor, clock);
		this.auditLog = new DerbyAuditLog(transactions, actor, clock);
		this.onClose = onClose;
	}

	/**
	 * Locks the data folder, boots (or creates) its database, brings its layout to {@code schema}'s version and runs
	 * {@code seeding} as the system. On any failure nothing stays open or locked.
	 */
	static DerbyRecordStore open(Path requestedFolder, CurrentUser user, NodeKeys keys, Clock clock, Schema schema,
			SystemSeeding seeding, Consumer<? super DerbyRecordStore> onClose) {
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(keys, "keys");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(seeding, "seeding");
		Path dataFolder = DataFolder.prepare(requestedFolder);
		DataFolderLock lock = DataFolderLock.acquire(dataFolder);
		DerbyRecordStore store;
		try {
			EmbeddedDatabase database = EmbeddedDatabase.open(dataFolder, keys);
			try {
				schema.migrate(database.connection(), dataFolder.resolve(EmbeddedDatabase.FOLDER_NAME), clock.now());
			} catch (SQLException e) {
				throw closeAfter(database, DerbyFailures.atOpen(e, dataFolder));
			} catch (RuntimeException e) {
				throw closeAfter(database, e);
			}
			StoreSearch search;
			try {
				search = StoreSearch.open(dataFolder, keys, database);
			} catch (RuntimeException e) {
				throw closeAfter(database, e);
			}
			Transactions transactions = new Transactions(dataFolder, database);
			store = new DerbyRecordStore(dataFolder, lock, transactions, search, keys, Actor.forUser(user), clock,
					onClose);
		} catch (RuntimeException e) {
			lock.close();
			throw e;
		}
		try {
			store.auditLog.record(AuditAction.OPEN, null);
			store.seed(seeding, clock);
			return store;
		} catch (RuntimeException e) {
			try {
				store.close();
			} catch (RuntimeException closing) {
				e.addSuppressed(closing);
			}
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

	private void seed(SystemSeeding seeding, Clock clock) {
		ActingRepository system = new ActingRepository(transactions, search, attachments, Actor.forSystem(), clock);
		try {
			seeding.seed(system);
		} finally {
			system.revoke();
		}
	}

	/** The store's transactions, for {@link TableDump} and {@link Restoring}. */
	Transactions transactions() {
		return transactions;
	}

	@Override
	public Path dataFolder() {
		return dataFolder;
	}

	@Override
	public DerbyAuditLog audit() {
		return auditLog;
	}

	@Override
	public Backup backup(Path folder) {
		Objects.requireNonNull(folder, "folder");
		return OnlineBackup.take(transactions, actor, clock, dataFolder, folder);
	}

	@Override
	public <T extends Record> List<T> findAll(EClass type, Class<T> javaType) {
		return user.findAll(type, javaType);
	}

	@Override
	public Optional<Record> findById(String id) {
		return user.findById(id);
	}

	@Override
	public <T extends Record> List<T> find(RecordQuery query, Class<T> javaType) {
		return user.find(query, javaType);
	}

	@Override
	public <T extends Record> List<T> find(RecordQuery query, long offset, int limit, Class<T> javaType) {
		return user.find(query, offset, limit, javaType);
	}

	@Override
	public <T extends Record> List<T> findAfter(RecordQuery query, String afterId, int limit, Class<T> javaType) {
		return user.findAfter(query, afterId, limit, javaType);
	}

	@Override
	public Optional<RecordIds> ids(RecordQuery query, Progress progress) {
		return user.ids(query, progress);
	}

	@Override
	public List<Record> findByIds(List<String> ids) {
		return user.findByIds(ids);
	}

	@Override
	public <T extends Record> T save(T record) {
		return user.save(record);
	}

	@Override
	public List<Record> saveAll(Collection<? extends Record> records) {
		return user.saveAll(records);
	}

	@Override
	public Receipt receive(List<ReceivedVersion> versions) {
		return user.receive(versions);
	}

	@Override
	public Optional<OwnerSigned> ownerSigned(String id) {
		return user.ownerSigned(id);
	}

	@Override
	public boolean delete(String id) {
		return user.delete(id);
	}

	@Override
	public boolean scrub(String id) {
		return user.scrub(id);
	}

	@Override
	public List<RecordVersion> history(String id) {
		return user.history(id);
	}

	@Override
	public List<Record> search(String query, int limit) {
		return user.search(query, limit);
	}

	@Override
	public Attachment attach(String recordId, String name, String mediaType, byte[] content) {
		return user.attach(recordId, name, mediaType, content);
	}

	@Override
	public List<Attachment> attachments(String recordId) {
		return user.attachments(recordId);
	}

	@Override
	public byte[] readAttachment(String attachmentId) {
		return user.readAttachment(attachmentId);
	}

	@Override
	public boolean detach(String attachmentId) {
		return user.detach(attachmentId);
	}

	@Override
	public boolean searchReady() {
		return search.ready();
	}

	@Override
	public boolean rebuildSearchIndex(Progress progress) {
		return search.rebuild(progress);
	}

	@Override
	public long count(EClass type) {
		return user.count(type);
	}

	@Override
	public long count(RecordQuery query) {
		return user.count(query);
	}

	/** Shuts the database down and releases the folder; a second call does nothing. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			search.close();
		} finally {
			try {
				transactions.close();
			} finally {
				lock.close();
				onClose.accept(this);
			}
		}
	}
}
