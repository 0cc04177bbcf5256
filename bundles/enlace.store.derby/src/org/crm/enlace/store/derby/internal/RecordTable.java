package org.crm.enlace.store.derby.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.crm.enlace.model.Record;

/**
 * The SQL on RECORDS and RECORD_TYPES, inside the caller's transaction. CONTENT is the record's XMI and the only
 * source of its values; the other columns are copies of its stamps for queries and the version check.
 */
final class RecordTable {

	/* Column lengths, as created by Schema's version 1. */
	static final int ID_LENGTH = 36;
	static final int ECLASS_LENGTH = 512;
	static final int OWNER_LENGTH = 8;
	static final int USER_LENGTH = 128;

	/** What the store keeps about a record besides its content. */
	record StoredRecord(String eClassName, int version, String content) {
	}

	private final Connection connection;

	RecordTable(Connection connection) {
		this.connection = connection;
	}

	/** Timestamps are stored in UTC, whatever the time zone of the machine. */
	static Calendar utc() {
		return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
	}

	Optional<StoredRecord> find(String id) throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT ECLASS, VERSION, CONTENT FROM RECORDS WHERE ID = ?")) {
			select.setString(1, id);
			try (ResultSet result = select.executeQuery()) {
				return result.next()
						? Optional.of(new StoredRecord(result.getString(1), result.getInt(2), result.getString(3)))
						: Optional.empty();
			}
		}
	}

	/** The content of every record whose class or one of its supertypes is {@code eClassName}, ordered by id. */
	List<String> contentsOfType(String eClassName) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT R.CONTENT FROM RECORDS R JOIN RECORD_TYPES T ON T.RECORD_ID = R.ID
				WHERE T.ECLASS = ? ORDER BY R.ID""")) {
			select.setString(1, eClassName);
			try (ResultSet result = select.executeQuery()) {
				List<String> contents = new ArrayList<>();
				while (result.next()) {
					contents.add(result.getString(1));
				}
				return contents;
			}
		}
	}

	long countOfType(String eClassName) throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT COUNT(*) FROM RECORD_TYPES WHERE ECLASS = ?")) {
			select.setString(1, eClassName);
			try (ResultSet result = select.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	void insert(Record record, String eClassName, List<String> typeNames, String content) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO RECORDS (ECLASS, OWNER, VERSION, CREATED_AT, CREATED_BY, MODIFIED_AT, MODIFIED_BY,
					CONTENT, ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			bind(insert, record, eClassName, content);
			insert.executeUpdate();
		}
		try (PreparedStatement insertType = connection
				.prepareStatement("INSERT INTO RECORD_TYPES (RECORD_ID, ECLASS) VALUES (?, ?)")) {
			for (String typeName : typeNames) {
				insertType.setString(1, record.getId());
				insertType.setString(2, typeName);
				insertType.addBatch();
			}
			insertType.executeBatch();
		}
	}

	/** Rewrites a stored record; its class, and so its RECORD_TYPES rows, stay as they are. */
	void update(Record record, String eClassName, String content) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("""
				UPDATE RECORDS SET ECLASS = ?, OWNER = ?, VERSION = ?, CREATED_AT = ?, CREATED_BY = ?, MODIFIED_AT = ?,
					MODIFIED_BY = ?, CONTENT = ? WHERE ID = ?""")) {
			bind(update, record, eClassName, content);
			update.executeUpdate();
		}
	}

	/** @return whether there was a record; its RECORD_TYPES rows go with it (ON DELETE CASCADE) */
	boolean delete(String id) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM RECORDS WHERE ID = ?")) {
			delete.setString(1, id);
			return delete.executeUpdate() > 0;
		}
	}

	/* The parameters shared by insert and update, in the order both statements name them. */
	private static void bind(PreparedStatement statement, Record record, String eClassName, String content)
			throws SQLException {
		statement.setString(1, eClassName);
		statement.setString(2, record.getOwnerCountry());
		statement.setInt(3, record.getVersion());
		statement.setTimestamp(4, timestamp(record.getCreatedAt()), utc());
		statement.setString(5, record.getCreatedBy());
		statement.setTimestamp(6, timestamp(record.getModifiedAt()), utc());
		statement.setString(7, record.getModifiedBy());
		statement.setCharacterStream(8, new StringReader(content), content.length());
		statement.setString(9, record.getId());
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
