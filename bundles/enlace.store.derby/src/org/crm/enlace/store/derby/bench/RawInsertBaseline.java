package org.crm.enlace.store.derby.bench;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;

/**
 * The floor for the store's inserts: rows the store wrote, inserted again with plain JDBC into tables of the same
 * layout ({@code BENCH_RAW_<table>}: columns, nullability, primary key and indexes read from the store's own tables)
 * in the same encrypted database. Batches of the rows of {@code batchSize} records, one
 * {@code PreparedStatement.addBatch}/{@code executeBatch} per table and one commit per batch, records in the order
 * the store inserted them (the order of their CREATE entries in the audit log). Only binding, executing and
 * committing are timed; reading the source rows is not. The copies are dropped at the end.
 * <p>
 * {@link Scope#RECORDS} copies the RECORDS rows only (the XMI and its columns: what a store without history, types,
 * index values and audit would write); {@link Scope#EVERY_TABLE} copies every row the store wrote for those records:
 * RECORDS, RECORD_TYPES, RECORD_HISTORY, RECORD_RELEASE, RECORD_INDEX and their CREATE entries of AUDIT_LOG. The
 * copies have the indexes of the originals (those backing foreign keys included) but no foreign keys, so the checks
 * of the parent rows are not in the floor.
 * <p>
 * For {@code ./enlace bench store} only: the data folder's store must be open in this JVM (Derby is then booted with
 * the folder's key, and a second connection needs none) and idle while this runs. Fictitious data only.
 */
public final class RawInsertBaseline {

	/** Which of the rows the store wrote are copied. */
	public enum Scope {
		RECORDS, EVERY_TABLE
	}

	/** What was inserted and how long the inserts and commits took. */
	public record Figures(long records, long rows, int batches, long insertNanos, long contentChars) {
	}

	static final String PREFIX = "BENCH_RAW_";
	/* Where the store keeps its database in a data folder (see the store's EmbeddedDatabase). */
	private static final String DATABASE_FOLDER = "db";
	private static final String RECORDS = "RECORDS";
	private static final String AUDIT_LOG = "AUDIT_LOG";
	/* The tables that hold rows of a record, with the column that names it. */
	private static final Map<String, String> RECORD_TABLES = orderedMap("RECORDS", "ID", "RECORD_TYPES", "RECORD_ID",
			"RECORD_HISTORY", "RECORD_ID", "RECORD_RELEASE", "RECORD_ID", "RECORD_INDEX", "RECORD_ID");

	private RawInsertBaseline() {
	}

	/**
	 * @param dataFolder a data folder whose store is open in this JVM
	 * @param progress   told the number of records whose rows were inserted, after each batch
	 * @throws StoreException {@code FAILED} with the SQLState (never Derby's message, which may quote values) when
	 *                        the database is not booted or a statement fails; the copies are dropped either way
	 */
	public static Figures run(Path dataFolder, int batchSize, Scope scope, LongConsumer progress) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize");
		}
		try {
			return copyAll(dataFolder, batchSize, scope, progress);
		} catch (SQLException e) {
			throw new StoreException(Reason.FAILED, "bench raw (SQLState " + e.getSQLState() + ')');
		}
	}

	private static Figures copyAll(Path dataFolder, int batchSize, Scope scope, LongConsumer progress)
			throws SQLException {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(dataFolder.toAbsolutePath().normalize().resolve(DATABASE_FOLDER).toString());
		List<String> tables = scope == Scope.RECORDS ? List.of(RECORDS)
				: new ArrayList<>(RECORD_TABLES.keySet());
		if (scope == Scope.EVERY_TABLE) {
			tables.add(AUDIT_LOG);
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			Map<String, Layout> layouts = new LinkedHashMap<>();
			try {
				for (String table : tables) {
					Layout layout = Layout.of(connection, table);
					dropIfPresent(connection, layout.copy());
					layout.create(connection);
					layouts.put(table, layout);
				}
				return copy(connection, layouts, batchSize, progress);
			} finally {
				connection.rollback();
				for (String table : tables) {
					dropIfPresent(connection, PREFIX + table);
				}
			}
		}
	}

	private static Figures copy(Connection connection, Map<String, Layout> layouts, int batchSize,
			LongConsumer progress) throws SQLException {
		Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		long records = 0;
		long rows = 0;
		int batches = 0;
		long nanos = 0;
		long chars = 0;
		long afterSequence = 0;
		Map<String, PreparedStatement> sources = new LinkedHashMap<>();
		Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
		try (PreparedStatement created = connection.prepareStatement("SELECT SEQ, RECORD_ID FROM " + AUDIT_LOG
				+ " WHERE ACTION = 'CREATE' AND SEQ > ? ORDER BY SEQ FETCH FIRST ? ROWS ONLY")) {
			for (Layout layout : layouts.values()) {
				String key = layout.table().equals(AUDIT_LOG) ? "SEQ" : RECORD_TABLES.get(layout.table());
				sources.put(layout.table(), connection.prepareStatement(
						"SELECT " + layout.columnList() + " FROM " + layout.table() + " WHERE " + key + " = ?"));
				inserts.put(layout.table(), connection.prepareStatement(layout.insert()));
			}
			while (true) {
				List<Long> sequences = new ArrayList<>(batchSize);
				List<String> ids = new ArrayList<>(batchSize);
				created.setLong(1, afterSequence);
				created.setInt(2, batchSize);
				try (ResultSet result = created.executeQuery()) {
					while (result.next()) {
						afterSequence = result.getLong(1);
						sequences.add(afterSequence);
						ids.add(result.getString(2));
					}
				}
				if (ids.isEmpty()) {
					break;
				}
				Map<String, List<Object[]>> values = new LinkedHashMap<>();
				for (Layout layout : layouts.values()) {
					List<?> keys = layout.table().equals(AUDIT_LOG) ? sequences : ids;
					List<Object[]> read = read(sources.get(layout.table()), layout, keys, utc);
					values.put(layout.table(), read);
					for (Object[] row : read) {
						chars += layout.contentLength(row);
					}
				}
				connection.commit();
				long start = System.nanoTime();
				for (Layout layout : layouts.values()) {
					PreparedStatement insert = inserts.get(layout.table());
					for (Object[] row : values.get(layout.table())) {
						layout.bind(insert, row, utc);
						insert.addBatch();
					}
					insert.executeBatch();
				}
				connection.commit();
				nanos += System.nanoTime() - start;
				records += ids.size();
				rows += values.values().stream().mapToLong(List::size).sum();
				batches++;
				progress.accept(records);
				if (ids.size() < batchSize) {
					break;
				}
			}
		} finally {
			for (PreparedStatement statement : sources.values()) {
				statement.close();
			}
			for (PreparedStatement statement : inserts.values()) {
				statement.close();
			}
		}
		return new Figures(records, rows, batches, nanos, chars);
	}

	/* The source rows of one batch; a record whose rows were removed for good meanwhile is skipped. */
	private static List<Object[]> read(PreparedStatement source, Layout layout, List<?> keys, Calendar utc)
			throws SQLException {
		List<Object[]> rows = new ArrayList<>(keys.size());
		for (Object key : keys) {
			source.setObject(1, key);
			try (ResultSet result = source.executeQuery()) {
				while (result.next()) {
					rows.add(layout.read(result, utc));
				}
			}
		}
		return rows;
	}

	private static void dropIfPresent(Connection connection, String table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		boolean present;
		try (ResultSet tables = metaData.getTables(null, null, table, new String[] { "TABLE" })) {
			present = tables.next();
		}
		if (present) {
			try (Statement drop = connection.createStatement()) {
				drop.executeUpdate("DROP TABLE " + table);
			}
		}
		connection.commit();
	}

	private static Map<String, String> orderedMap(String... keysAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * A table's columns (in order, with their JDBC types and nullability), primary key and other indexes, read from
	 * the database.
	 */
	private record Layout(String table, List<String> columns, List<Integer> types, List<Boolean> notNull,
			List<String> primaryKey, List<Index> indexes) {

		record Index(boolean unique, List<String> columns) {
		}

		static Layout of(Connection connection, String table) throws SQLException {
			List<String> columns = new ArrayList<>();
			List<Integer> types = new ArrayList<>();
			List<Boolean> notNull = new ArrayList<>();
			try (Statement select = connection.createStatement();
					ResultSet empty = select.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
				ResultSetMetaData meta = empty.getMetaData();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(meta.getColumnName(i));
					types.add(meta.getColumnType(i));
					notNull.add(meta.isNullable(i) == ResultSetMetaData.columnNoNulls);
				}
			}
			DatabaseMetaData metaData = connection.getMetaData();
			Map<Short, String> keyColumns = new TreeMap<>();
			try (ResultSet keys = metaData.getPrimaryKeys(null, null, table)) {
				while (keys.next()) {
					keyColumns.put(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME"));
				}
			}
			List<String> primaryKey = List.copyOf(keyColumns.values());
			Map<String, Map<Short, String>> indexColumns = new LinkedHashMap<>();
			Map<String, Boolean> unique = new LinkedHashMap<>();
			try (ResultSet info = metaData.getIndexInfo(null, null, table, false, false)) {
				while (info.next()) {
					String name = info.getString("INDEX_NAME");
					if (name == null) {
						continue;
					}
					indexColumns.computeIfAbsent(name, n -> new TreeMap<>()).put(info.getShort("ORDINAL_POSITION"),
							info.getString("COLUMN_NAME"));
					unique.put(name, !info.getBoolean("NON_UNIQUE"));
				}
			}
			List<Index> indexes = new ArrayList<>();
			indexColumns.forEach((name, byPosition) -> {
				List<String> indexed = List.copyOf(byPosition.values());
				// The primary key's own backing index comes with the constraint.
				if (!(unique.get(name) && indexed.equals(primaryKey))) {
					indexes.add(new Index(unique.get(name), indexed));
				}
			});
			return new Layout(table, columns, types, notNull, primaryKey, indexes);
		}

		String copy() {
			return PREFIX + table;
		}

		void create(Connection connection) throws SQLException {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE TABLE " + copy() + " AS SELECT * FROM " + table + " WITH NO DATA");
				for (int i = 0; i < columns.size(); i++) {
					if (notNull.get(i)) {
						statement.executeUpdate(
								"ALTER TABLE " + copy() + " ALTER COLUMN " + columns.get(i) + " NOT NULL");
					}
				}
				if (!primaryKey.isEmpty()) {
					statement.executeUpdate("ALTER TABLE " + copy() + " ADD CONSTRAINT " + copy() + "_PK PRIMARY KEY ("
							+ String.join(", ", primaryKey) + ")");
				}
				int number = 0;
				for (Index index : indexes) {
					statement.executeUpdate("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + copy() + "_I"
							+ (++number) + " ON " + copy() + " (" + String.join(", ", index.columns()) + ")");
				}
			}
			connection.commit();
		}

		String columnList() {
			return String.join(", ", columns);
		}

		String insert() {
			return "INSERT INTO " + copy() + " (" + columnList() + ") VALUES ("
					+ String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
		}

		Object[] read(ResultSet result, Calendar utc) throws SQLException {
			Object[] row = new Object[columns.size()];
			for (int i = 0; i < row.length; i++) {
				row[i] = switch (types.get(i)) {
				case Types.CLOB -> result.getString(i + 1);
				case Types.TIMESTAMP -> result.getTimestamp(i + 1, utc);
				default -> result.getObject(i + 1);
				};
			}
			return row;
		}

		/* As the store binds them: text columns as strings, CLOBs as a character stream, times in UTC. */
		void bind(PreparedStatement insert, Object[] row, Calendar utc) throws SQLException {
			for (int i = 0; i < row.length; i++) {
				Object value = row[i];
				int type = types.get(i);
				if (value == null) {
					insert.setNull(i + 1, type);
				} else if (type == Types.CLOB) {
					String text = (String) value;
					insert.setCharacterStream(i + 1, new StringReader(text), text.length());
				} else if (type == Types.TIMESTAMP) {
					insert.setTimestamp(i + 1, (Timestamp) value, utc);
				} else {
					insert.setObject(i + 1, value);
				}
			}
		}

		/* Characters of the RECORDS table's CLOBs: the mean XMI per record. */
		long contentLength(Object[] row) {
			if (!table.equals(RECORDS)) {
				return 0;
			}
			long length = 0;
			for (int i = 0; i < row.length; i++) {
				if (types.get(i) == Types.CLOB && row[i] != null) {
					length += ((String) row[i]).length();
				}
			}
			return length;
		}
	}
}
