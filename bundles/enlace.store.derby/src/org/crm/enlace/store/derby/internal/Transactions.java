package org.crm.enlace.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Runs the store's work on its one connection, one call at a time, each call one transaction. */
final class Transactions {

	@FunctionalInterface
	interface Work<T> {
		T run(Connection connection) throws SQLException;
	}

	private final Path dataFolder;
	private final EmbeddedDatabase database;
	private boolean closed;

	Transactions(Path dataFolder, EmbeddedDatabase database) {
		this.dataFolder = dataFolder;
		this.database = database;
	}

	/** Commits what {@code work} did, or rolls all of it back when it fails. */
	synchronized <T> T run(String operation, Work<T> work) {
		checkOpen();
		return committed(database.connection(), operation, work);
	}

	/**
	 * Runs a long read on a connection of its own (committed-read isolation, as the index rebuild's), so the store's
	 * calls go on meanwhile instead of waiting for it. A close meanwhile ends it with a failure.
	 */
	<T> T readAside(String operation, Work<T> work) {
		Connection aside;
		synchronized (this) {
			checkOpen();
			try {
				aside = database.newConnection();
			} catch (SQLException e) {
				throw DerbyFailures.during(operation, e);
			}
		}
		try {
			return committed(aside, operation, work);
		} finally {
			try {
				aside.close();
			} catch (SQLException e) {
				// Committed or rolled back above; a database shut down meanwhile has closed it already.
			}
		}
	}

	private void checkOpen() {
		if (closed) {
			throw new IllegalStateException("The store of " + dataFolder + " is closed");
		}
	}

	private static <T> T committed(Connection connection, String operation, Work<T> work) {
		try {
			T result = work.run(connection);
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

	/** Shuts the database down after the running call, if any; later calls fail. */
	synchronized void close() {
		closed = true;
		database.close();
	}
}
