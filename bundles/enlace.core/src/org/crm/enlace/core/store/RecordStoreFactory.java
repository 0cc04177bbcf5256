package org.crm.enlace.core.store;

import java.nio.file.Path;

import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;

/**
 * Opens the record store of a data folder, creating or migrating it as needed. This service is the only way into
 * the database: no bundle but the store's implementation touches JDBC or the database engine.
 */
public interface RecordStoreFactory {

	/**
	 * @param dataFolder the folder that holds the database (created when missing); never inside the installation
	 * @param user       who writes: recorded as author of every change
	 * @param clock      the time stamped on changes
	 * @throws StoreException with a {@link StoreException.Reason} and a message that names the problem
	 */
	RecordStore open(Path dataFolder, CurrentUser user, Clock clock);
}
