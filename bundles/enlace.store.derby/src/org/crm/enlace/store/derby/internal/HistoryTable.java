package org.crm.enlace.store.derby.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;

/**
 * The SQL on RECORD_HISTORY (every version of every record, the current one included) and RECORD_RELEASE (the
 * organizations each LISTED version is released to), inside the caller's transaction.
 */
final class HistoryTable {

	/** One version's number and XMI, for rewriting. */
	record VersionContent(int version, String content) {
	}

	static final String INSERT = """
			INSERT INTO RECORD_HISTORY (RECORD_ID, VERSION, ECLASS, OWNER, RELEASABILITY, MODIFIED_AT, MODIFIED_BY,
				OPERATION, CONTENT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	static final String INSERT_RELEASE = "INSERT INTO RECORD_RELEASE (RECORD_ID, VERSION, ORGANIZATION)"
			+ " VALUES (?, ?, ?)";

	private final Connection connection;
	private final Inserts inserts;

	/** Inserts execute at once. */
	HistoryTable(Connection connection) {
		this(connection, Inserts.immediate(connection));
	}

	HistoryTable(Connection connection, Inserts inserts) {
		this.connection = connection;
		this.inserts = inserts;
	}

	/** Adds the version {@code record} is at; {@code content} is its XMI, as RECORDS holds it now. */
	void append(Record record, String eClassName, String content, Operation operation) throws SQLException {
		inserts.add(Inserts.Into.RECORD_HISTORY, insert -> {
			insert.setString(1, record.getId());
			insert.setInt(2, record.getVersion());
			insert.setString(3, eClassName);
			insert.setString(4, record.getOwnerCountry());
			insert.setString(5, record.getReleasability().getName());
			insert.setTimestamp(6, RecordTable.timestamp(record.getModifiedAt()), RecordTable.utc());
			insert.setString(7, record.getModifiedBy());
			insert.setString(8, operation.name());
			insert.setCharacterStream(9, new StringReader(content), content.length());
		});
		if (record.getReleasability() == Releasability.LISTED) {
			release(record);
		}
	}

	/* Only a LISTED version has rows: releasableTo means nothing under any other releasability. */
	private void release(Record record) throws SQLException {
		for (String organization : new LinkedHashSet<>(record.getReleasableTo())) {
			inserts.add(Inserts.Into.RECORD_RELEASE, insert -> {
				insert.setString(1, record.getId());
				insert.setInt(2, record.getVersion());
				insert.setString(3, organization);
			});
		}
	}

	/** Every version of a record, whoever may see it: for scrubbing, never handed out. */
	List<VersionContent> contents(String id) throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT VERSION, CONTENT FROM RECORD_HISTORY WHERE RECORD_ID = ? ORDER BY VERSION")) {
			select.setString(1, id);
			try (ResultSet result = select.executeQuery()) {
				List<VersionContent> versions = new ArrayList<>();
				while (result.next()) {
					versions.add(new VersionContent(result.getInt(1), result.getString(2)));
				}
				return versions;
			}
		}
	}

	void replaceContent(String id, int version, String content) throws SQLException {
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE RECORD_HISTORY SET CONTENT = ? WHERE RECORD_ID = ? AND VERSION = ?")) {
			update.setCharacterStream(1, new StringReader(content), content.length());
			update.setString(2, id);
			update.setInt(3, version);
			update.executeUpdate();
		}
	}
}
