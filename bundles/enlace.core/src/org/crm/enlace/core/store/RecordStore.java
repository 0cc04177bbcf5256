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

	@Override
	void close();
}
