package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Version 4: STORE_STATE, counters the store keeps beside its records. WRITES counts the write transactions; each
 * one advances it inside its own transaction and hands the new value to the full-text index as the mark of its
 * commit, so that at open a differing mark says the index missed the last writes (a crash between the two commits).
 */
final class StoreState {

	static final String DESCRIPTION = "store state: the count of write transactions, the search index's mark";
	private static final String WRITES = "WRITES";

	private StoreState() {
	}

	static void create(Statement statement) throws SQLException {
		statement.executeUpdate("""
				CREATE TABLE STORE_STATE (
					NAME VARCHAR(32) NOT NULL CONSTRAINT STORE_STATE_PK PRIMARY KEY,
					VAL BIGINT NOT NULL)""");
		statement.executeUpdate("INSERT INTO STORE_STATE (NAME, VAL) VALUES ('" + WRITES + "', 0)");
	}

	/** Counts one more write transaction, in the caller's transaction, and returns the new count. */
	static long advanceWrites(Connection connection) throws SQLException {
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE STORE_STATE SET VAL = VAL + 1 WHERE NAME = ?")) {
			update.setString(1, WRITES);
			update.executeUpdate();
		}
		return writes(connection);
	}

	static long writes(Connection connection) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT VAL FROM STORE_STATE WHERE NAME = ?")) {
			select.setString(1, WRITES);
			try (ResultSet result = select.executeQuery()) {
				return result.next() ? result.getLong(1) : 0;
			}
		}
	}
}
