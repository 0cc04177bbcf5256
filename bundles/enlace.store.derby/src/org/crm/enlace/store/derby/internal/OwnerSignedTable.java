package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.crm.enlace.core.store.OwnerSigned;

/**
 * Version 7: OWNER_SIGNED, for each record received from its owner's node, the exact bytes the owner signed for the
 * version RECORDS holds and the owner's signature: what a relay passes on unchanged. Reads join RECORDS with the
 * actor's {@link Visibility}, like attachments.
 */
final class OwnerSignedTable {

	static final String DESCRIPTION = "the bytes owners signed for the versions received from their nodes";

	static final String INSERT = "INSERT INTO OWNER_SIGNED (RECORD_ID, VERSION, DOCUMENT, SIGNATURE) VALUES (?, ?, ?, ?)";

	private final Connection connection;
	private final Inserts inserts;

	/** Inserts execute at once. */
	OwnerSignedTable(Connection connection) {
		this(connection, Inserts.immediate(connection));
	}

	OwnerSignedTable(Connection connection, Inserts inserts) {
		this.connection = connection;
		this.inserts = inserts;
	}

	static void create(Statement statement) throws SQLException {
		statement.executeUpdate("""
				CREATE TABLE OWNER_SIGNED (
					RECORD_ID VARCHAR(36) NOT NULL CONSTRAINT OWNER_SIGNED_PK PRIMARY KEY
						CONSTRAINT OWNER_SIGNED_RECORD REFERENCES RECORDS (ID),
					VERSION INT NOT NULL,
					DOCUMENT BLOB(64M) NOT NULL,
					SIGNATURE BLOB(1M) NOT NULL)""");
	}

	/**
	 * Keeps the signed bytes of a record's new current version, in place of the previous version's.
	 *
	 * @param replacing whether the record had a version before, whose row goes
	 */
	void put(OwnerSigned signed, boolean replacing) throws SQLException {
		if (replacing) {
			try (PreparedStatement delete = connection
					.prepareStatement("DELETE FROM OWNER_SIGNED WHERE RECORD_ID = ?")) {
				delete.setString(1, signed.recordId());
				delete.executeUpdate();
			}
		}
		inserts.add(Inserts.Into.OWNER_SIGNED, insert -> {
			insert.setString(1, signed.recordId());
			insert.setInt(2, signed.version());
			insert.setBytes(3, signed.document());
			insert.setBytes(4, signed.signature());
		});
	}

	/** The signed bytes of a record when it meets {@code visible} (on alias R). */
	Optional<OwnerSigned> find(String recordId, SqlCondition visible) throws SQLException {
		SqlCondition where = SqlCondition.of("S.RECORD_ID = ?", recordId).and(visible);
		try (PreparedStatement select = connection.prepareStatement("SELECT S.VERSION, S.DOCUMENT, S.SIGNATURE"
				+ " FROM OWNER_SIGNED S JOIN RECORDS R ON R.ID = S.RECORD_ID WHERE " + where.text())) {
			where.bind(select, 1);
			try (ResultSet result = select.executeQuery()) {
				return result.next() ? Optional.of(new OwnerSigned(recordId, result.getInt(1), result.getBytes(2),
						result.getBytes(3))) : Optional.empty();
			}
		}
	}
}
