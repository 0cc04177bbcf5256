package org.crm.enlace.core.store;

import java.nio.file.Path;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;

/**
 * Opens the record store of a data folder, creating or migrating it as needed. This service is the only way into
 * the database: no bundle but the store's implementation touches JDBC or the database engine.
 * <p>
 * Every database is encrypted with the node's {@link NodeKeys}, which a login unlocks from the folder's
 * {@link org.crm.enlace.core.account.Keyring}: the workbench and the command line open stores through
 * {@link StoreStartup}, which logs the user in first; these methods are for that and for tests.
 */
public interface RecordStoreFactory {

	/**
	 * @param dataFolder the folder that holds the database (created when missing); never inside the installation
	 * @param user       who works: recorded as author of every change, and whose organization decides what the
	 *                   store shows and lets write ({@link org.crm.enlace.core.access.AccessRule})
	 * @param keys       the node's keys: a new database is encrypted with them, an existing one must have been
	 * @param clock      the time stamped on changes
	 * @throws StoreException with a {@link StoreException.Reason} and a message that names the problem;
	 *                        {@code WRONG_KEYS} when the database was encrypted with other keys
	 */
	default RecordStore open(Path dataFolder, CurrentUser user, NodeKeys keys, Clock clock) {
		return openAfterSeeding(dataFolder, user, keys, clock, SystemSeeding.NONE);
	}

	/**
	 * Opens the store as {@link #open} does, but first lets {@code seeding} write as the system: the one way to
	 * store records of other owners (reference data, the demo data set, imports). Used by {@link StoreStartup} and
	 * import code only. When {@code seeding} fails, the store is closed again and the failure thrown.
	 */
	RecordStore openAfterSeeding(Path dataFolder, CurrentUser user, NodeKeys keys, Clock clock, SystemSeeding seeding);

	/**
	 * Opens the store of a data folder that already holds one, as {@link #open} does, but never creates a database:
	 * for commands that inspect or copy a store (audit, backup).
	 *
	 * @throws StoreException {@code NOT_FOUND} when the folder holds no database
	 */
	RecordStore openExisting(Path dataFolder, CurrentUser user, NodeKeys keys, Clock clock);

	/**
	 * Restores a backup made by {@link RecordStore#backup} into a data folder that holds no database yet (it may be
	 * missing or empty), with the backup's accounts ({@code keys} come from them), then opens it once as {@code user} to migrate it to this build's layout and to record the
	 * restore in its audit log. The backup is checked first; when it is refused, nothing is written.
	 *
	 * @param backup the backup's own folder ({@code enlace-backup-<time>})
	 * @return the backup's manifest
	 * @throws StoreException {@code BACKUP_INVALID} for a folder that is not a complete Enlace backup,
	 *                        {@code TOO_NEW} for a backup of a newer Enlace, {@code NOT_EMPTY} when the data folder
	 *                        holds a database already, {@code LOCKED} when a store has the data folder open
	 */
	Backup restore(Path backup, Path dataFolder, CurrentUser user, NodeKeys keys, Clock clock);
}
