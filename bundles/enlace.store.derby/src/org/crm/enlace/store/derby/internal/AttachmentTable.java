package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.model.Tlp;

/**
 * Version 5: ATTACHMENTS, one row per file attached to a record (the file itself is in {@link AttachmentFiles}).
 * Reads join RECORDS with the actor's {@link Visibility}: an attachment is seen exactly when its record is.
 */
final class AttachmentTable {

	static final String DESCRIPTION = "attachments of records, their files encrypted beside the database";
	static final int NAME_LENGTH = 255;
	static final int MEDIA_TYPE_LENGTH = 100;
	private static final String COLUMNS = "A.ID, A.RECORD_ID, A.NAME, A.MEDIA_TYPE, A.BYTES, A.ADDED_AT, A.ADDED_BY";

	/** An attachment with what the store needs of its record: owner, version and marking. */
	record Row(Attachment attachment, String owner, int recordVersion, Tlp tlp) {
	}

	private final Connection connection;

	AttachmentTable(Connection connection) {
		this.connection = connection;
	}

	static void create(Statement statement) throws SQLException {
		statement.executeUpdate("""
				CREATE TABLE ATTACHMENTS (
					ID VARCHAR(36) NOT NULL CONSTRAINT ATTACHMENTS_PK PRIMARY KEY,
					RECORD_ID VARCHAR(36) NOT NULL CONSTRAINT ATTACHMENTS_RECORD REFERENCES RECORDS (ID),
					NAME VARCHAR(255) NOT NULL,
					MEDIA_TYPE VARCHAR(100) NOT NULL,
					BYTES BIGINT NOT NULL,
					ADDED_AT TIMESTAMP NOT NULL,
					ADDED_BY VARCHAR(128) NOT NULL)""");
		statement.executeUpdate("CREATE INDEX ATTACHMENTS_RECORD_ID ON ATTACHMENTS (RECORD_ID)");
	}

	void insert(Attachment attachment) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ATTACHMENTS (ID, RECORD_ID, NAME,"
				+ " MEDIA_TYPE, BYTES, ADDED_AT, ADDED_BY) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, attachment.id());
			insert.setString(2, attachment.recordId());
			insert.setString(3, attachment.name());
			insert.setString(4, attachment.mediaType());
			insert.setLong(5, attachment.size());
			insert.setTimestamp(6, RecordTable.timestamp(attachment.addedAt()), RecordTable.utc());
			insert.setString(7, attachment.addedBy());
			insert.executeUpdate();
		}
	}

	/** The attachments of one record, when the record meets {@code visible} (on alias R), oldest first. */
	List<Attachment> ofRecord(String recordId, SqlCondition visible) throws SQLException {
		List<Attachment> attachments = new ArrayList<>();
		for (Row row : select("A.RECORD_ID = ?", recordId, visible)) {
			attachments.add(row.attachment());
		}
		return attachments;
	}

	Optional<Row> find(String attachmentId, SqlCondition visible) throws SQLException {
		return select("A.ID = ?", attachmentId, visible).stream().findFirst();
	}

	/** Ids of every attachment of a record, whoever may see it: for a scrub. */
	List<String> idsOf(String recordId) throws SQLException {
		return select("A.RECORD_ID = ?", recordId, SqlCondition.ALWAYS).stream().map(r -> r.attachment().id())
				.toList();
	}

	void delete(String attachmentId) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ATTACHMENTS WHERE ID = ?")) {
			delete.setString(1, attachmentId);
			delete.executeUpdate();
		}
	}

	private List<Row> select(String condition, String value, SqlCondition visible) throws SQLException {
		SqlCondition where = SqlCondition.of(condition, value).and(visible);
		try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
				+ ", R.OWNER, R.VERSION, R.TLP FROM ATTACHMENTS A JOIN RECORDS R ON R.ID = A.RECORD_ID WHERE "
				+ where.text() + " ORDER BY A.ADDED_AT, A.ID")) {
			where.bind(select, 1);
			List<Row> rows = new ArrayList<>();
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					Attachment attachment = new Attachment(result.getString(1), result.getString(2),
							result.getString(3), result.getString(4), result.getLong(5),
							result.getTimestamp(6, RecordTable.utc()).toInstant(), result.getString(7));
					rows.add(new Row(attachment, result.getString(8), result.getInt(9),
							Tlp.getByName(result.getString(10))));
				}
			}
			return rows;
		}
	}
}
