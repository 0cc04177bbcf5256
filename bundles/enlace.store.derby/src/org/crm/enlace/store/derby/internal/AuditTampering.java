package org.crm.enlace.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.crm.enlace.core.store.RecordStore;

/**
 * What someone with the database files in hand could do to the audit log, and the store itself never does: for
 * the tests that prove verification notices. Reachable by the test bundle only (x-friends).
 */
public final class AuditTampering {

	/** The columns a test may change: every column of an entry but its time. */
	private static final List<String> COLUMNS = List.of("SEQ", "USER_NAME", "ORGANIZATION", "ROLE", "ACTION",
			"RECORD_ID", "RECORD_VERSION", "DETAIL", "HASH");

	private AuditTampering() {
	}

	/** Sets a column of entry {@code sequence} to {@code value} (SQL NULL when {@code null}). */
	public static void change(RecordStore store, long sequence, String column, String value) {
		if (!COLUMNS.contains(column)) {
			throw new IllegalArgumentException(column);
		}
		boolean numeric = column.equals("SEQ") || column.equals("RECORD_VERSION");
		run(store, "UPDATE AUDIT_LOG SET " + column + " = " + (numeric ? "CAST(? AS BIGINT)" : "?") + " WHERE SEQ = ?",
				statement -> {
					statement.setString(1, value);
					statement.setLong(2, sequence);
				});
	}

	/** Removes entry {@code sequence}. */
	public static void remove(RecordStore store, long sequence) {
		run(store, "DELETE FROM AUDIT_LOG WHERE SEQ = ?", statement -> statement.setLong(1, sequence));
	}

	@FunctionalInterface
	private interface Binding {
		void bind(PreparedStatement statement) throws SQLException;
	}

	private static void run(RecordStore store, String sql, Binding binding) {
		((DerbyRecordStore) store).transactions().run("tamper", connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				binding.bind(statement);
				return statement.executeUpdate();
			}
		});
	}
}
