package org.crm.enlace.store.derby.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;

/**
 * The embedded Derby database in {@code <data folder>/db}, with the one connection the store uses. Booted through
 * {@link EmbeddedDataSource}: {@code DriverManager} does not see Derby's driver from another bundle.
 * <p>
 * The database is encrypted with AES-256 (Derby's data encryption, {@value #ALGORITHM}) under the node's database
 * key, given as an external {@code encryptionKey}: Derby keeps no copy of it, so the files alone open nothing. A
 * database of an earlier Enlace, made before encryption, is encrypted in place when it is first opened.
 */
final class EmbeddedDatabase implements AutoCloseable {

	static final String FOLDER_NAME = "db";
	/** Derby writes it first when creating a database; a database folder without it is not one. */
	static final String SERVICE_PROPERTIES = "service.properties";
	static final String ERROR_FILE_PROPERTY = "derby.stream.error.file";
	static final String ERROR_FILE_NAME = "derby.log";
	static final String ALGORITHM = "AES/CBC/NoPadding";
	/* The service.properties entry Derby writes for an encrypted database. */
	private static final String ENCRYPTED_PROPERTY = "dataEncryption";

	private final Path folder;
	private final Connection connection;

	private EmbeddedDatabase(Path folder, Connection connection) {
		this.folder = folder;
		this.connection = connection;
	}

	/**
	 * Boots the database of a data folder, creating it only when its folder does not exist yet.
	 *
	 * @param dataFolder an existing, writable folder
	 * @param keys       the node's keys; a database encrypted with others is refused ({@code WRONG_KEYS})
	 */
	static EmbeddedDatabase open(Path dataFolder, NodeKeys keys) {
		Path folder = dataFolder.resolve(FOLDER_NAME);
		boolean create = !Files.exists(folder);
		if (!create && !Files.isRegularFile(folder.resolve(SERVICE_PROPERTIES))) {
			throw new StoreException(Reason.CORRUPT, folder.toString());
		}
		if (!create && !Files.isWritable(folder)) {
			// Derby would boot it read-only and fail only at the first write.
			throw new StoreException(Reason.NOT_WRITABLE, folder.toString());
		}
		directErrorStreamTo(dataFolder);
		EmbeddedDataSource dataSource = dataSource(folder);
		if (create) {
			dataSource.setCreateDatabase("create");
		}
		boolean encrypt = create || !isEncrypted(folder);
		// Derby does not record the algorithm of an external key: every boot names it.
		dataSource.setConnectionAttributes((encrypt ? "dataEncryption=true;" : "") + "encryptionAlgorithm=" + ALGORITHM
				+ ";encryptionKey=" + keys.databaseKeyHex());
		try {
			Connection connection = dataSource.getConnection();
			connection.setAutoCommit(false);
			return new EmbeddedDatabase(folder, connection);
		} catch (SQLException e) {
			throw DerbyFailures.atOpen(e, folder);
		}
	}

	private static boolean isEncrypted(Path folder) {
		Properties service = new Properties();
		try (Reader reader = Files.newBufferedReader(folder.resolve(SERVICE_PROPERTIES), StandardCharsets.ISO_8859_1)) {
			service.load(reader);
		} catch (IOException e) {
			throw new StoreException(Reason.CORRUPT, folder.toString(), e);
		}
		return Boolean.parseBoolean(service.getProperty(ENCRYPTED_PROPERTY));
	}

	/** Derby writes derby.log into the working directory unless told otherwise; the first boot in a JVM decides. */
	private static void directErrorStreamTo(Path dataFolder) {
		if (System.getProperty(ERROR_FILE_PROPERTY) == null) {
			System.setProperty(ERROR_FILE_PROPERTY, dataFolder.resolve(ERROR_FILE_NAME).toString());
		}
	}

	private static EmbeddedDataSource dataSource(Path folder) {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(folder.toString());
		return dataSource;
	}

	Connection connection() {
		return connection;
	}

	/**
	 * Another connection to the booted database, for long reads beside the store's own connection (rebuilding the
	 * search index); committed-read isolation, no auto-commit. The caller closes it.
	 */
	Connection newConnection() throws SQLException {
		Connection another = dataSource(folder).getConnection();
		another.setAutoCommit(false);
		another.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		return another;
	}

	/** Closes the connection and shuts the database down, so that the folder can be opened again in this JVM. */
	@Override
	public void close() {
		SQLException failure = null;
		try {
			connection.rollback();
			connection.close();
		} catch (SQLException e) {
			failure = e;
		}
		EmbeddedDataSource shutdown = dataSource(folder);
		shutdown.setShutdownDatabase("shutdown");
		try {
			shutdown.getConnection().close();
		} catch (SQLException e) {
			if (!DerbyFailures.DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
				if (failure != null) {
					e.addSuppressed(failure);
				}
				failure = e;
			}
		}
		if (failure != null) {
			throw DerbyFailures.during("close", failure);
		}
	}
}
