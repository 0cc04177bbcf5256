package org.crm.enlace.store.derby.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.store.Backup;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.store.SystemSeeding;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** The record store service: embedded Apache Derby, one database per data folder. */
@Component(service = RecordStoreFactory.class)
public final class DerbyRecordStoreFactory implements RecordStoreFactory {

	private final Schema schema;
	private final Set<DerbyRecordStore> openStores = ConcurrentHashMap.newKeySet();

	/** The service, with the layout of this build. */
	public DerbyRecordStoreFactory() {
		this(Schema.current());
	}

	/** A factory for another layout, such as a newer build's in tests. */
	public DerbyRecordStoreFactory(Schema schema) {
		this.schema = schema;
	}

	@Override
	public RecordStore openAfterSeeding(Path dataFolder, CurrentUser user, NodeKeys keys, Clock clock,
			SystemSeeding seeding) {
		DerbyRecordStore store = DerbyRecordStore.open(dataFolder, user, keys, clock, schema, seeding,
				openStores::remove);
		openStores.add(store);
		return store;
	}

	@Override
	public RecordStore openExisting(Path dataFolder, CurrentUser user, NodeKeys keys, Clock clock) {
		Path folder = dataFolder.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder.resolve(EmbeddedDatabase.FOLDER_NAME))) {
			throw new StoreException(Reason.NOT_FOUND, folder.toString());
		}
		return open(folder, user, keys, clock);
	}

	/**
	 * Checks the manifest, copies the database in, opens it once (migration, OPEN entry), compares it with the
	 * manifest and records the restore. A copy that fails to open or to match is removed again.
	 */
	@Override
	public Backup restore(Path backupFolder, Path dataFolder, CurrentUser user, NodeKeys keys, Clock clock) {
		Backup backup = BackupManifest.read(backupFolder, schema.version());
		Path folder = DataFolder.prepare(dataFolder);
		Restoring.copyInto(backup, folder);
		try (DerbyRecordStore store = DerbyRecordStore.open(folder, user, keys, clock, schema, SystemSeeding.NONE,
				openStores::remove)) {
			openStores.add(store);
			Restoring.check(store, backup);
		} catch (StoreException e) {
			if (e.reason() == Reason.LOCKED) {
				// Another process opened the new database meanwhile: it is in use, not ours to remove.
				throw e;
			}
			Restoring.discard(folder, e);
			throw e.reason() == Reason.CORRUPT ? new StoreException(Reason.BACKUP_INVALID,
					backup.folder().toString(), e) : e;
		}
		return backup;
	}

	/** When the bundle stops, databases left open are shut down cleanly rather than recovered at the next start. */
	@Deactivate
	void closeOpenStores() {
		for (DerbyRecordStore store : Set.copyOf(openStores)) {
			try {
				store.close();
			} catch (RuntimeException e) {
				// The next start recovers that database from its log; the others still deserve a clean shutdown.
			}
		}
	}
}
