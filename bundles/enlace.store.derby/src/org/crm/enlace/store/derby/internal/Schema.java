package org.crm.enlace.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;

/**
 * The database layout as an ordered list of migrations. SCHEMA_INFO holds one row per applied migration, so its
 * highest VERSION is the schema version. Opening applies the missing migrations in one transaction; a database whose
 * version is higher than this build knows was written by a newer Enlace and is refused rather than guessed at.
 * Migrations are never edited once released: a change of layout is a new migration at the end.
 */
public final class Schema {

	/**
	 * One step of the layout; {@code apply} runs inside the opening transaction ({@code statement.getConnection()}
	 * for prepared statements).
	 */
	@FunctionalInterface
	public interface Step {
		void apply(Statement statement) throws SQLException;
	}

	public record Migration(String description, Step step) {

		public Migration {
			Objects.requireNonNull(description, "description");
			Objects.requireNonNull(step, "step");
		}
	}

	static final String INFO_TABLE = "SCHEMA_INFO";

	private final List<Migration> migrations;

	private Schema(List<Migration> migrations) {
		this.migrations = List.copyOf(migrations);
	}

	/** The layout this build writes. */
	public static Schema current() {
		return new Schema(List.of(new Migration("records with their class and supertypes", Schema::createRecordTables),
				new Migration(ReleasabilityAndHistory.DESCRIPTION, ReleasabilityAndHistory::apply),
				new Migration("append-only, hash-chained audit log", AuditTable::create),
				new Migration(StoreState.DESCRIPTION, StoreState::create),
				new Migration(AttachmentTable.DESCRIPTION, AttachmentTable::create),
				new Migration("an index covering the access rule's columns, for counts without reading records",
						Schema::createAccessIndex),
				new Migration(OwnerSignedTable.DESCRIPTION, OwnerSignedTable::create)));
	}

	/** This layout plus one more migration: what a newer build would have. */
	public Schema followedBy(Migration migration) {
		List<Migration> longer = new ArrayList<>(migrations);
		longer.add(migration);
		return new Schema(longer);
	}

	/** The version of a database that has every migration of this layout. */
	public int version() {
		return migrations.size();
	}

	/*
	 * Version 1. RECORDS holds each record's XMI in CONTENT; the other columns copy what queries and checks need.
	 * RECORD_TYPES holds the record's class and every supertype (nsURI#Name), so that "this class or a subclass" is
	 * one indexed lookup, whichever bundles' packages are loaded. The lengths are those of RecordTable.
	 */
	private static void createRecordTables(Statement statement) throws SQLException {
		statement.executeUpdate("""
				CREATE TABLE RECORDS (
					ID VARCHAR(36) NOT NULL CONSTRAINT RECORDS_PK PRIMARY KEY,
					ECLASS VARCHAR(512) NOT NULL,
					OWNER VARCHAR(8) NOT NULL,
					VERSION INT NOT NULL,
					CREATED_AT TIMESTAMP NOT NULL,
					CREATED_BY VARCHAR(128) NOT NULL,
					MODIFIED_AT TIMESTAMP NOT NULL,
					MODIFIED_BY VARCHAR(128) NOT NULL,
					CONTENT CLOB NOT NULL)""");
		statement.executeUpdate("CREATE INDEX RECORDS_ECLASS ON RECORDS (ECLASS)");
		statement.executeUpdate("CREATE INDEX RECORDS_OWNER ON RECORDS (OWNER)");
		statement.executeUpdate("""
				CREATE TABLE RECORD_TYPES (
					RECORD_ID VARCHAR(36) NOT NULL
						CONSTRAINT RECORD_TYPES_RECORD REFERENCES RECORDS (ID) ON DELETE CASCADE,
					ECLASS VARCHAR(512) NOT NULL,
					CONSTRAINT RECORD_TYPES_PK PRIMARY KEY (RECORD_ID, ECLASS))""");
		statement.executeUpdate("CREATE INDEX RECORD_TYPES_ECLASS ON RECORD_TYPES (ECLASS)");
	}

	/*
	 * Version 6. Every column the access rule reads of RECORDS (with DELETED first, which every read tests): a count
	 * of what a user may see reads this index alone, not the records with their content.
	 */
	private static void createAccessIndex(Statement statement) throws SQLException {
		statement.executeUpdate("CREATE INDEX RECORDS_ACCESS ON RECORDS (DELETED, RELEASABILITY, OWNER, ID, VERSION)");
	}

	/**
	 * Brings the database to this layout's version, all or nothing.
	 *
	 * @throws StoreException {@code TOO_NEW} for a database of a later version, {@code CORRUPT} for a database that
	 *                        has tables but no SCHEMA_INFO (not Enlace's)
	 */
	void migrate(Connection connection, Path databaseFolder, Instant now) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (!hasTable(connection, INFO_TABLE)) {
				if (hasAnyTable(connection)) {
					throw new StoreException(Reason.CORRUPT, databaseFolder.toString());
				}
				statement.executeUpdate("""
						CREATE TABLE SCHEMA_INFO (
							VERSION INT NOT NULL CONSTRAINT SCHEMA_INFO_PK PRIMARY KEY,
							DESCRIPTION VARCHAR(200) NOT NULL,
							APPLIED_AT TIMESTAMP NOT NULL)""");
			}
			int stored = storedVersion(statement);
			if (stored > version()) {
				throw new StoreException(Reason.TOO_NEW, databaseFolder.toString());
			}
			for (int next = stored + 1; next <= version(); next++) {
				Migration migration = migrations.get(next - 1);
				migration.step().apply(statement);
				recordApplied(connection, next, migration.description(), now);
			}
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			try {
				connection.rollback();
			} catch (SQLException rollback) {
				e.addSuppressed(rollback);
			}
			throw e;
		}
	}

	private static int storedVersion(Statement statement) throws SQLException {
		try (ResultSet result = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_INFO")) {
			return result.next() ? result.getInt(1) : 0;
		}
	}

	private static void recordApplied(Connection connection, int version, String description, Instant now)
			throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO SCHEMA_INFO (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) {
			insert.setInt(1, version);
			insert.setString(2, description);
			insert.setTimestamp(3, Timestamp.from(now), RecordTable.utc());
			insert.executeUpdate();
		}
	}

	private static boolean hasTable(Connection connection, String name) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		try (ResultSet tables = metaData.getTables(null, null, name, new String[] { "TABLE" })) {
			return tables.next();
		}
	}

	private static boolean hasAnyTable(Connection connection) throws SQLException {
		return hasTable(connection, "%");
	}
}
