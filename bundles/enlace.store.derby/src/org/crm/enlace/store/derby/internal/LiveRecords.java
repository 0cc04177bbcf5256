package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.model.Record;

/**
 * Every live record of the store, read page by page in id order on a connection of its own: what the full-text
 * index is rebuilt from. Each page is a short transaction, so a rebuild of a million records neither holds them all
 * in memory nor keeps the store's own connection.
 */
final class LiveRecords implements Iterable<Record> {

	private static final int PAGE = 500;

	private final Connection connection;

	LiveRecords(Connection connection) {
		this.connection = connection;
	}

	static long count(Connection connection) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM RECORDS WHERE DELETED = FALSE");
				ResultSet result = select.executeQuery()) {
			result.next();
			return result.getLong(1);
		}
	}

	/** Every live record's id and version: what {@code FullTextIndex.verify} compares the index with. */
	static Map<String, Integer> versions(Connection connection) throws SQLException {
		Map<String, Integer> versions = new HashMap<>();
		try (PreparedStatement select = connection
				.prepareStatement("SELECT ID, VERSION FROM RECORDS WHERE DELETED = FALSE");
				ResultSet result = select.executeQuery()) {
			while (result.next()) {
				versions.put(result.getString(1), result.getInt(2));
			}
		}
		return versions;
	}

	@Override
	public Iterator<Record> iterator() {
		return new Iterator<>() {
			private List<Record> page = List.of();
			private int next;
			private String after = "";
			private boolean exhausted;

			@Override
			public boolean hasNext() {
				if (next < page.size()) {
					return true;
				}
				if (exhausted) {
					return false;
				}
				page = read(after);
				next = 0;
				exhausted = page.size() < PAGE;
				if (!page.isEmpty()) {
					after = page.get(page.size() - 1).getId();
				}
				return !page.isEmpty();
			}

			@Override
			public Record next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return page.get(next++);
			}
		};
	}

	private List<Record> read(String after) {
		try (PreparedStatement select = connection.prepareStatement("SELECT CONTENT FROM RECORDS"
				+ " WHERE DELETED = FALSE AND ID > ? ORDER BY ID FETCH FIRST " + PAGE + " ROWS ONLY")) {
			select.setString(1, after);
			List<Record> records = new ArrayList<>(PAGE);
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					records.add(RecordCodec.read(result.getString(1)));
				}
			}
			connection.commit();
			return records;
		} catch (SQLException e) {
			throw DerbyFailures.during("rebuild", e);
		}
	}

	/** The records with these ids, live or not: a drift repair re-indexes the live ones. */
	static List<Record> byIds(Connection connection, List<String> ids) throws SQLException {
		List<Record> records = new ArrayList<>(ids.size());
		try (PreparedStatement select = connection
				.prepareStatement("SELECT CONTENT FROM RECORDS WHERE ID = ? AND DELETED = FALSE")) {
			for (String id : ids) {
				select.setString(1, id);
				try (ResultSet result = select.executeQuery()) {
					if (result.next()) {
						records.add(RecordCodec.read(result.getString(1)));
					}
				}
			}
		}
		return records;
	}

	static StoreException failure(SQLException e) {
		return DerbyFailures.during("search index", e);
	}
}
