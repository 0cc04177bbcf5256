package org.crm.enlace.store.derby.internal;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.store.RecordStore;

/**
 * Every value of every row of one of the store's tables, as text: for tests that must prove something is gone from
 * the database (scrubbing), whatever the access rule would show. Reachable by the test bundle only (x-friends).
 */
public final class TableDump {

	/** The tables a test may read, which are all of the store's. */
	public static final List<String> TABLES = List.of("RECORDS", "RECORD_TYPES", "RECORD_HISTORY", "RECORD_RELEASE",
			"RECORD_INDEX", "SCHEMA_INFO", "AUDIT_LOG", "OWNER_SIGNED");

	private TableDump() {
	}

	/** @param store a store of this bundle, open */
	public static List<String> values(RecordStore store, String table) {
		if (!TABLES.contains(table)) {
			throw new IllegalArgumentException(table);
		}
		return ((DerbyRecordStore) store).transactions().run("dump", connection -> {
			try (Statement select = connection.createStatement();
					ResultSet result = select.executeQuery("SELECT * FROM " + table)) {
				List<String> values = new ArrayList<>();
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					for (int column = 1; column <= columns; column++) {
						values.add(result.getString(column));
					}
				}
				return values;
			}
		});
	}

	/** How many rows a table has. */
	public static long rows(RecordStore store, String table) {
		if (!TABLES.contains(table)) {
			throw new IllegalArgumentException(table);
		}
		return ((DerbyRecordStore) store).transactions().run("dump", connection -> {
			try (Statement select = connection.createStatement();
					ResultSet result = select.executeQuery("SELECT COUNT(*) FROM " + table)) {
				result.next();
				return result.getLong(1);
			}
		});
	}
}
