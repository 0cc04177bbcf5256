package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where the store's new rows go, inside the caller's transaction: executed one by one at once, or, for a write
 * transaction, held as one JDBC batch per table and executed at {@link #flush} (and whenever {@value #MAX_PENDING}
 * rows wait, so that a large {@code saveAll} needs no more memory than that). A batch holds only inserts, in the
 * order they were added; the tables are flushed in the order of {@link Into}, parents before the rows whose foreign
 * keys name them. Whoever reads or changes a row that may still wait flushes first.
 */
final class Inserts implements AutoCloseable {

	/** The inserts that can wait, in the order a flush executes them. */
	enum Into {
		RECORDS(RecordTable.INSERT),
		RECORD_TYPES(RecordTable.INSERT_TYPE),
		OWNER_SIGNED(OwnerSignedTable.INSERT),
		RECORD_HISTORY(HistoryTable.INSERT),
		RECORD_RELEASE(HistoryTable.INSERT_RELEASE),
		RECORD_INDEX(IndexTable.INSERT),
		AUDIT_LOG(AuditTable.INSERT);

		private final String sql;

		Into(String sql) {
			this.sql = sql;
		}
	}

	/** Binds the parameters of one row. */
	@FunctionalInterface
	interface Row {
		void bind(PreparedStatement insert) throws SQLException;
	}

	/* About 1,100 records of the benchmark's (7.3 rows each), whose XMI, held twice, takes a few MB. */
	static final int MAX_PENDING = 8_192;

	private final Connection connection;
	private final boolean batched;
	private final Map<Into, PreparedStatement> statements = new EnumMap<>(Into.class);
	private final Set<Into> waiting = EnumSet.noneOf(Into.class);
	private int pending;

	private Inserts(Connection connection, boolean batched) {
		this.connection = connection;
		this.batched = batched;
	}

	/** Each row inserted when it is added: for reads' audit entries, backups and migrations. */
	static Inserts immediate(Connection connection) {
		return new Inserts(connection, false);
	}

	/** Rows held in batches until {@link #flush}: for one write transaction; close it when the transaction ends. */
	static Inserts batched(Connection connection) {
		return new Inserts(connection, true);
	}

	void add(Into into, Row row) throws SQLException {
		if (!batched) {
			try (PreparedStatement insert = connection.prepareStatement(into.sql)) {
				row.bind(insert);
				insert.executeUpdate();
			}
			return;
		}
		PreparedStatement insert = statements.get(into);
		if (insert == null) {
			insert = connection.prepareStatement(into.sql);
			statements.put(into, insert);
		}
		row.bind(insert);
		insert.addBatch();
		waiting.add(into);
		if (++pending >= MAX_PENDING) {
			flush();
		}
	}

	/** Executes every waiting row, table by table in the order of {@link Into}. */
	void flush() throws SQLException {
		for (Into into : waiting) {
			statements.get(into).executeBatch();
		}
		waiting.clear();
		pending = 0;
	}

	/** Closes the statements; rows still waiting are dropped, as the transaction is rolled back then. */
	@Override
	public void close() throws SQLException {
		SQLException failure = null;
		for (PreparedStatement statement : statements.values()) {
			try {
				statement.close();
			} catch (SQLException e) {
				if (failure == null) {
					failure = e;
				} else {
					failure.addSuppressed(e);
				}
			}
		}
		statements.clear();
		if (failure != null) {
			throw failure;
		}
	}
}
