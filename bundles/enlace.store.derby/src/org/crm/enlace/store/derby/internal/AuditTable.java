package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.audit.AuditVerification;
import org.crm.enlace.core.audit.AuditVerification.Problem;
import org.crm.enlace.store.derby.internal.AuditChain.Fields;

/**
 * The SQL on AUDIT_LOG, inside the caller's transaction. The store only ever inserts into it: no statement of the
 * store updates or deletes an entry.
 */
final class AuditTable {

	/** The last entry's sequence number and hash; 0 and the genesis hash when the log is empty. */
	record Head(long sequence, String hash) {
	}

	private static final String COLUMNS = "SEQ, LOGGED_AT, USER_NAME, ORGANIZATION, ROLE, ACTION, RECORD_ID, RECORD_VERSION,"
			+ " DETAIL, HASH";

	static final String INSERT = "INSERT INTO AUDIT_LOG (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final Connection connection;
	private final Inserts inserts;

	/** Entries are inserted at once. */
	AuditTable(Connection connection) {
		this(connection, Inserts.immediate(connection));
	}

	AuditTable(Connection connection, Inserts inserts) {
		this.connection = connection;
		this.inserts = inserts;
	}

	/** Schema version 3: the log, one row per entry, in the order of SEQ. */
	static void create(Statement statement) throws SQLException {
		statement.executeUpdate("""
				CREATE TABLE AUDIT_LOG (
					SEQ BIGINT NOT NULL CONSTRAINT AUDIT_LOG_PK PRIMARY KEY,
					LOGGED_AT TIMESTAMP NOT NULL,
					USER_NAME VARCHAR(128) NOT NULL,
					ORGANIZATION VARCHAR(8) NOT NULL,
					ROLE VARCHAR(40) NOT NULL,
					ACTION VARCHAR(16) NOT NULL,
					RECORD_ID VARCHAR(36),
					RECORD_VERSION INT,
					DETAIL VARCHAR(200),
					HASH CHAR(64) NOT NULL)""");
		statement.executeUpdate("CREATE INDEX AUDIT_LOG_LOGGED_AT ON AUDIT_LOG (LOGGED_AT)");
	}

	Head head() throws SQLException {
		try (Statement select = connection.createStatement();
				// MAX(SEQ) reads the end of the primary key; ORDER BY ... DESC made Derby sort the whole log.
				ResultSet result = select.executeQuery("SELECT SEQ, HASH FROM AUDIT_LOG"
						+ " WHERE SEQ = (SELECT MAX(SEQ) FROM AUDIT_LOG)")) {
			return result.next() ? new Head(result.getLong(1), result.getString(2))
					: new Head(0, AuditChain.GENESIS);
		}
	}

	/** The stored hash of entry {@code sequence}, if there is one. */
	Optional<String> hashAt(long sequence) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT HASH FROM AUDIT_LOG WHERE SEQ = ?")) {
			select.setLong(1, sequence);
			try (ResultSet result = select.executeQuery()) {
				return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
			}
		}
	}

	/** Appends an entry after {@code head} and returns the new head; the row may wait in a batch (Inserts). */
	Head append(Head head, Instant at, Actor actor, AuditAction action, String recordId, Integer recordVersion,
			String detail) throws SQLException {
		Fields fields = new Fields(head.sequence() + 1, at.toString(), actor.name(), text(actor.organization()),
				text(actor.role()), action.name(), recordId, recordVersion, detail);
		String hash = AuditChain.hash(head.hash(), fields);
		inserts.add(Inserts.Into.AUDIT_LOG, insert -> {
			insert.setLong(1, fields.sequence());
			insert.setTimestamp(2, RecordTable.timestamp(at), RecordTable.utc());
			insert.setString(3, fields.userName());
			insert.setString(4, fields.organization());
			insert.setString(5, fields.role());
			insert.setString(6, fields.action());
			insert.setString(7, recordId);
			if (recordVersion == null) {
				insert.setNull(8, Types.INTEGER);
			} else {
				insert.setInt(8, recordVersion);
			}
			insert.setString(9, detail);
			insert.setString(10, hash);
		});
		return new Head(fields.sequence(), hash);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	/**
	 * The entries from {@code since} on (every one when {@code null}), oldest first; only those whose actor is of
	 * {@code organization} unless it is empty.
	 */
	List<AuditEntry> entries(Instant since, Optional<String> organization) throws SQLException {
		SqlCondition where = SqlCondition.ALWAYS;
		if (since != null) {
			where = where.and(SqlCondition.of("LOGGED_AT >= ?", since));
		}
		if (organization.isPresent()) {
			where = where.and(SqlCondition.of("ORGANIZATION = ?", organization.get()));
		}
		try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM AUDIT_LOG WHERE "
				+ where.text() + " ORDER BY SEQ")) {
			where.bind(select, 1);
			try (ResultSet result = select.executeQuery()) {
				List<AuditEntry> entries = new ArrayList<>();
				while (result.next()) {
					Fields fields = fields(result);
					entries.add(new AuditEntry(fields.sequence(), Instant.parse(fields.at()), fields.userName(),
							fields.organization(), fields.role(), AuditAction.valueOf(fields.action()),
							fields.recordId(), fields.recordVersion() == null ? 0 : fields.recordVersion(),
							fields.detail(), result.getString(10)));
				}
				return entries;
			}
		}
	}

	/** Walks every entry in the order of SEQ and recomputes the chain from the stored text of each column. */
	AuditVerification verify() throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet result = select.executeQuery("SELECT " + COLUMNS + " FROM AUDIT_LOG ORDER BY SEQ")) {
			long read = 0;
			String previousHash = AuditChain.GENESIS;
			while (result.next()) {
				read++;
				Fields fields = fields(result);
				if (fields.sequence() != read) {
					return AuditVerification.broken(read, fields.sequence(),
							read == 1 ? Problem.BAD_FIRST_LINK : Problem.SEQUENCE_GAP);
				}
				String stored = result.getString(10);
				String expected = AuditChain.hash(previousHash, fields);
				if (!expected.equals(stored)) {
					return AuditVerification.broken(read, fields.sequence(), Problem.HASH_MISMATCH);
				}
				previousHash = stored;
			}
			return AuditVerification.intact(read, read == 0 ? null : previousHash);
		}
	}

	private static Fields fields(ResultSet result) throws SQLException {
		int version = result.getInt(8);
		Integer recordVersion = result.wasNull() ? null : version;
		return new Fields(result.getLong(1), result.getTimestamp(2, RecordTable.utc()).toInstant().toString(),
				result.getString(3), result.getString(4), result.getString(5), result.getString(6),
				result.getString(7), recordVersion, result.getString(9));
	}
}
