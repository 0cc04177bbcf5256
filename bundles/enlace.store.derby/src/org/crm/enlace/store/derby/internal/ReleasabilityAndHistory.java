package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/**
 * Schema version 2: releasability, marking, soft deletion, history and the index of index fields.
 * <ul>
 * <li>RECORDS gains RELEASABILITY, HANDLING and TLP (copies of the record's marking), DELETED and SCRUBBED.</li>
 * <li>RECORD_HISTORY keeps every version of every record (the current one too): its XMI, owner and releasability
 * then, who made it, when, and by which operation.</li>
 * <li>RECORD_RELEASE holds the organizations each LISTED version names, so the access rule is a join.</li>
 * <li>RECORD_INDEX holds the values of the index fields of each record's current version.</li>
 * </ul>
 * Records of a version-1 database were visible to every user, so they become ALL_MEMBERS with TLP GREEN (written
 * into their XMI too, which stays the only source of values), their current version becomes their first history
 * entry (CREATE for version 1, else UPDATE: earlier versions were never kept), and their index fields are indexed.
 * This reads every record through EMF, so each record's package must be installed, as for any read.
 */
final class ReleasabilityAndHistory {

	static final String DESCRIPTION = "releasability, marking, soft deletion, history and index fields";

	private ReleasabilityAndHistory() {
	}

	static void apply(Statement statement) throws SQLException {
		statement.executeUpdate("ALTER TABLE RECORDS ADD COLUMN RELEASABILITY VARCHAR(20)");
		statement.executeUpdate("ALTER TABLE RECORDS ADD COLUMN HANDLING VARCHAR(2)");
		statement.executeUpdate("ALTER TABLE RECORDS ADD COLUMN TLP VARCHAR(12)");
		statement.executeUpdate("ALTER TABLE RECORDS ADD COLUMN DELETED BOOLEAN NOT NULL DEFAULT FALSE");
		statement.executeUpdate("ALTER TABLE RECORDS ADD COLUMN SCRUBBED BOOLEAN NOT NULL DEFAULT FALSE");
		statement.executeUpdate("""
				CREATE TABLE RECORD_HISTORY (
					RECORD_ID VARCHAR(36) NOT NULL CONSTRAINT RECORD_HISTORY_RECORD REFERENCES RECORDS (ID),
					VERSION INT NOT NULL,
					ECLASS VARCHAR(512) NOT NULL,
					OWNER VARCHAR(8) NOT NULL,
					RELEASABILITY VARCHAR(20) NOT NULL,
					MODIFIED_AT TIMESTAMP NOT NULL,
					MODIFIED_BY VARCHAR(128) NOT NULL,
					OPERATION VARCHAR(10) NOT NULL,
					CONTENT CLOB NOT NULL,
					CONSTRAINT RECORD_HISTORY_PK PRIMARY KEY (RECORD_ID, VERSION))""");
		statement.executeUpdate("""
				CREATE TABLE RECORD_RELEASE (
					RECORD_ID VARCHAR(36) NOT NULL,
					VERSION INT NOT NULL,
					ORGANIZATION VARCHAR(8) NOT NULL,
					CONSTRAINT RECORD_RELEASE_PK PRIMARY KEY (RECORD_ID, VERSION, ORGANIZATION),
					CONSTRAINT RECORD_RELEASE_VERSION FOREIGN KEY (RECORD_ID, VERSION)
						REFERENCES RECORD_HISTORY (RECORD_ID, VERSION))""");
		statement.executeUpdate("""
				CREATE TABLE RECORD_INDEX (
					RECORD_ID VARCHAR(36) NOT NULL CONSTRAINT RECORD_INDEX_RECORD REFERENCES RECORDS (ID),
					FEATURE VARCHAR(600) NOT NULL,
					VALUE VARCHAR(256) NOT NULL,
					CONSTRAINT RECORD_INDEX_PK PRIMARY KEY (RECORD_ID, FEATURE, VALUE))""");
		statement.executeUpdate("CREATE INDEX RECORD_INDEX_VALUE ON RECORD_INDEX (FEATURE, VALUE)");
		carryOver(statement.getConnection());
		statement.executeUpdate("ALTER TABLE RECORDS ALTER COLUMN RELEASABILITY NOT NULL");
		statement.executeUpdate("ALTER TABLE RECORDS ALTER COLUMN HANDLING NOT NULL");
		statement.executeUpdate("ALTER TABLE RECORDS ALTER COLUMN TLP NOT NULL");
		statement.executeUpdate("CREATE INDEX RECORDS_RELEASABILITY ON RECORDS (RELEASABILITY)");
		statement.executeUpdate("CREATE INDEX RECORDS_MODIFIED_AT ON RECORDS (MODIFIED_AT)");
	}

	/* One record at a time, so that a large database needs no more memory than its largest record. */
	private static void carryOver(Connection connection) throws SQLException {
		RecordTable records = new RecordTable(connection);
		HistoryTable history = new HistoryTable(connection);
		IndexTable index = new IndexTable(connection);
		for (String id : ids(connection)) {
			RecordTable.StoredRecord stored = records.find(id).orElseThrow();
			Record record = RecordCodec.read(stored.content());
			record.setReleasability(Releasability.ALL_MEMBERS);
			record.setTlp(Tlp.GREEN);
			String content = RecordCodec.write(record);
			records.update(record, stored.eClassName(), content);
			history.append(record, stored.eClassName(), content,
					record.getVersion() == 1 ? Operation.CREATE : Operation.UPDATE);
			index.replace(record, IndexTable.entries(record));
		}
	}

	private static List<String> ids(Connection connection) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet result = select.executeQuery("SELECT ID FROM RECORDS ORDER BY ID")) {
			List<String> ids = new ArrayList<>();
			while (result.next()) {
				ids.add(result.getString(1));
			}
			return ids;
		}
	}
}
