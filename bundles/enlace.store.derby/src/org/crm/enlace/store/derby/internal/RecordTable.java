package org.crm.enlace.store.derby.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.crm.enlace.model.Record;

/**
 * The SQL on RECORDS and RECORD_TYPES, inside the caller's transaction. CONTENT is the XMI of the record's current
 * version and the only source of its values; the other columns are copies of its stamps and marking for queries,
 * the access rule and the version check. DELETED and SCRUBBED are the store's own.
 */
final class RecordTable {

	/* Column lengths, as created by Schema's versions 1 and 2. */
	static final int ID_LENGTH = 36;
	static final int ECLASS_LENGTH = 512;
	static final int OWNER_LENGTH = 8;
	static final int USER_LENGTH = 128;

	/** What the store keeps about a record besides its values. */
	record StoredRecord(String id, String eClassName, String owner, int version, boolean deleted, String content) {
	}

	private static final String COLUMNS = "R.ID, R.ECLASS, R.OWNER, R.VERSION, R.DELETED, R.CONTENT";

	static final String INSERT = """
			INSERT INTO RECORDS (ECLASS, OWNER, VERSION, CREATED_AT, CREATED_BY, MODIFIED_AT, MODIFIED_BY,
				RELEASABILITY, HANDLING, TLP, CONTENT, ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	static final String INSERT_TYPE = "INSERT INTO RECORD_TYPES (RECORD_ID, ECLASS) VALUES (?, ?)";

	private final Connection connection;
	private final Inserts inserts;

	/** Inserts execute at once. */
	RecordTable(Connection connection) {
		this(connection, Inserts.immediate(connection));
	}

	RecordTable(Connection connection, Inserts inserts) {
		this.connection = connection;
		this.inserts = inserts;
	}

	/** Timestamps are stored in UTC, whatever the time zone of the machine. */
	static Calendar utc() {
		return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
	}

	/** The row of this id, live or deleted, whoever may see it: for the checks of a write, never handed out. */
	Optional<StoredRecord> find(String id) throws SQLException {
		return find(id, SqlCondition.ALWAYS);
	}

	/** The row of this id when it meets {@code condition} (on alias R). */
	Optional<StoredRecord> find(String id, SqlCondition condition) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT " + COLUMNS + " FROM RECORDS R WHERE R.ID = ? AND " + condition.text())) {
			select.setString(1, id);
			condition.bind(select, 2);
			try (ResultSet result = select.executeQuery()) {
				return result.next() ? Optional.of(stored(result)) : Optional.empty();
			}
		}
	}

	private static StoredRecord stored(ResultSet result) throws SQLException {
		return new StoredRecord(result.getString(1), result.getString(2), result.getString(3), result.getInt(4),
				result.getBoolean(5), result.getString(6));
	}

	void insert(Record record, String eClassName, List<String> typeNames, String content) throws SQLException {
		inserts.add(Inserts.Into.RECORDS, insert -> bind(insert, record, eClassName, content));
		for (String typeName : typeNames) {
			inserts.add(Inserts.Into.RECORD_TYPES, insert -> {
				insert.setString(1, record.getId());
				insert.setString(2, typeName);
			});
		}
	}

	/** Rewrites a stored record; its class, and so its RECORD_TYPES rows, stay as they are. */
	void update(Record record, String eClassName, String content) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("""
				UPDATE RECORDS SET ECLASS = ?, OWNER = ?, VERSION = ?, CREATED_AT = ?, CREATED_BY = ?, MODIFIED_AT = ?,
					MODIFIED_BY = ?, RELEASABILITY = ?, HANDLING = ?, TLP = ?, CONTENT = ? WHERE ID = ?""")) {
			bind(update, record, eClassName, content);
			update.executeUpdate();
		}
	}

	/** Takes a record out of every query but the owner's list of deleted records. */
	void markDeleted(String id) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE RECORDS SET DELETED = TRUE WHERE ID = ?")) {
			update.setString(1, id);
			update.executeUpdate();
		}
	}

	/** Replaces the content by a skeleton; a scrubbed record also counts as deleted. */
	void markScrubbed(String id, String skeleton) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE RECORDS SET CONTENT = ?, DELETED = TRUE, SCRUBBED = TRUE WHERE ID = ?")) {
			update.setCharacterStream(1, new StringReader(skeleton), skeleton.length());
			update.setString(2, id);
			update.executeUpdate();
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
		statement.setString(8, record.getReleasability().getName());
		statement.setString(9, record.getHandlingCode().getName());
		statement.setString(10, record.getTlp().getName());
		statement.setCharacterStream(11, new StringReader(content), content.length());
		statement.setString(12, record.getId());
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
