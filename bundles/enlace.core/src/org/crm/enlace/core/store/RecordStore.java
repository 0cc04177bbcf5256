package org.crm.enlace.core.store;

import java.nio.file.Path;

import org.crm.enlace.core.audit.AuditLog;

/** An open record store on one data folder. Close it to release the folder for another process. */
public interface RecordStore extends RecordRepository, AutoCloseable {

	Path dataFolder();

	/** The store's audit log, as this store's user may read it. */
	AuditLog audit();

	/**
	 * Writes a consistent copy of the whole database, while the store stays open and usable, into a new folder
	 * {@code enlace-backup-<time>} under {@code folder} (created when missing), with a manifest; the audit log
	 * records the backup, and the copy holds that entry. {@link RecordStoreFactory#restore} brings it back.
	 *
	 * @throws StoreException {@code NOT_WRITABLE} when {@code folder} cannot be written
	 */
	Backup backup(Path folder);

	/**
	 * False when the full-text index must be rebuilt before {@link #search} works: a store of more records than are
	 * rebuilt at open without asking, opened with a missing, damaged or outdated index.
	 */
	boolean searchReady();

	/**
	 * Rebuilds the full-text index from every record, while the store stays usable for reads (writes wait for the
	 * rebuild to end). A cancelled rebuild leaves the index as it was.
	 *
	 * @return {@code false} when {@code progress} cancelled it
	 */
	boolean rebuildSearchIndex(Progress progress);

	@Override
	void close();
}
