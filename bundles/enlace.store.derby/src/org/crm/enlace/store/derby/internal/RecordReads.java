package org.crm.enlace.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.OwnerSigned;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordIds;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.Record;

/**
 * Every read of the store, for one actor, inside the caller's transaction. Each statement carries the actor's
 * {@link Visibility}: nothing a caller asks can widen it.
 */
final class RecordReads {

	/** How many ids {@link #ids} reads between two reports of its progress. */
	static final int PROGRESS_STEP = 10_000;

	private final Connection connection;
	private final Visibility visibility;

	RecordReads(Connection connection, Actor actor) {
		this.connection = connection;
		this.visibility = new Visibility(actor);
	}

	Optional<Record> findById(String id) throws SQLException {
		return new RecordTable(connection).find(id, visibility.live("R"))
				.map(stored -> RecordCodec.read(stored.content()));
	}

	/** The attachments of a live record the actor may see. */
	List<org.crm.enlace.core.store.Attachment> attachments(String recordId) throws SQLException {
		return new AttachmentTable(connection).ofRecord(recordId, visibility.live("R"));
	}

	/** The owner's signed bytes of a live record the actor may see, when it was received. */
	Optional<OwnerSigned> ownerSigned(String recordId) throws SQLException {
		return new OwnerSignedTable(connection).find(recordId, visibility.live("R"));
	}

	/** An attachment of a live record the actor may see. */
	Optional<AttachmentTable.Row> attachment(String attachmentId) throws SQLException {
		return new AttachmentTable(connection).find(attachmentId, visibility.live("R"));
	}

	/**
	 * The live records among {@code ids} that the actor may see, in the order of {@code ids}. One primary-key lookup
	 * per id with one prepared statement: Derby does not probe the key for an IN list joined to the access rule's
	 * OR branches, and scanned the whole table instead (seconds at a million records).
	 */
	List<Record> visible(List<String> ids) throws SQLException {
		List<Record> found = new ArrayList<>(ids.size());
		SqlCondition where = SqlCondition.of("R.ID = ?", "").and(visibility.live("R"));
		try (PreparedStatement select = connection
				.prepareStatement("SELECT R.CONTENT FROM RECORDS R WHERE " + where.text())) {
			where.bind(select, 1);
			for (String id : ids) {
				select.setString(1, id);
				try (ResultSet result = select.executeQuery()) {
					if (result.next()) {
						found.add(RecordCodec.read(result.getString(1)));
					}
				}
			}
		}
		return found;
	}

	/** The contents of the records the query selects, ordered by id. */
	List<String> contents(RecordQuery query) throws SQLException {
		return contents(query, 0, Integer.MAX_VALUE);
	}

	/** The same, from position {@code offset} of that order, at most {@code limit}. */
	List<String> contents(RecordQuery query, long offset, int limit) throws SQLException {
		return contents(query, where(query), SqlCondition.of(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
				Math.max(0L, offset), Math.max(0, limit)));
	}

	/** The same, those whose id comes after {@code afterId} ({@code null}: from the first), at most {@code limit}. */
	List<String> contentsAfter(RecordQuery query, String afterId, int limit) throws SQLException {
		SqlCondition where = afterId == null ? where(query) : where(query).and(SqlCondition.of("R.ID > ?", afterId));
		return contents(query, where, SqlCondition.of(" FETCH FIRST ? ROWS ONLY", Math.max(0, limit)));
	}

	/* window: the clause after ORDER BY that cuts the page, with its parameters. */
	private List<String> contents(RecordQuery query, SqlCondition where, SqlCondition window) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT R.CONTENT FROM " + from(query, true)
				+ " WHERE " + where.text() + " ORDER BY R.ID" + window.text())) {
			window.bind(select, where.bind(select, 1));
			try (ResultSet result = select.executeQuery()) {
				List<String> contents = new ArrayList<>();
				while (result.next()) {
					contents.add(result.getString(1));
				}
				return contents;
			}
		}
	}

	/**
	 * The ids the query selects, sorted by {@link RecordIds} rather than by an ORDER BY: Derby answers every record
	 * from the RECORDS_ACCESS index alone (a few runs already in id order, merged in memory) and would otherwise sort
	 * them all on disk, a second more at a million.
	 *
	 * @return empty when {@code progress} cancelled
	 */
	Optional<RecordIds> ids(RecordQuery query, Progress progress) throws SQLException {
		if (progress.isCancelled()) {
			return Optional.empty();
		}
		SqlCondition where = where(query);
		String from = isEveryRecord(query) ? "RECORDS R --DERBY-PROPERTIES index=RECORDS_ACCESS\n" : from(query, false);
		try (PreparedStatement select = connection.prepareStatement("SELECT R.ID FROM " + from + " WHERE "
				+ where.text())) {
			where.bind(select, 1);
			RecordIds.Builder ids = new RecordIds.Builder();
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					ids.add(result.getString(1));
					if (ids.size() % PROGRESS_STEP == 0) {
						progress.worked(ids.size(), -1);
						if (progress.isCancelled()) {
							return Optional.empty();
						}
					}
				}
			}
			progress.worked(ids.size(), -1);
			return Optional.of(ids.build());
		}
	}

	long count(RecordQuery query) throws SQLException {
		SqlCondition where = where(query);
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT COUNT(*) FROM " + from(query, false) + " WHERE " + where.text())) {
			where.bind(select, 1);
			try (ResultSet result = select.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	/* Every record is a Record: asking for them all needs no look at their classes. */
	private static boolean isEveryRecord(RecordQuery query) {
		return query.type() == EnlacePackage.Literals.RECORD;
	}

	/*
	 * RECORDS alone when every record is asked for, else joined with RECORD_TYPES for the class and its subclasses.
	 * A page of every record is read in the order of the primary key, so that it stops after its rows instead of
	 * sorting them all (Derby's optimizer override, which must end its line); a count is left to the optimizer, which
	 * can answer it from the RECORDS_ACCESS index alone.
	 */
	private static String from(RecordQuery query, boolean page) {
		if (!isEveryRecord(query)) {
			return "RECORDS R JOIN RECORD_TYPES T ON T.RECORD_ID = R.ID";
		}
		return page ? "RECORDS R --DERBY-PROPERTIES constraint=RECORDS_PK\n" : "RECORDS R";
	}

	/* The query's conditions on R (RECORDS) and T (RECORD_TYPES), the actor's visibility first. */
	private SqlCondition where(RecordQuery query) {
		SqlCondition where = query.deleted() ? visibility.deleted("R") : visibility.live("R");
		if (!isEveryRecord(query)) {
			where = where.and(SqlCondition.of("T.ECLASS = ?", EClassNames.of(query.type())));
		}
		if (!query.owners().isEmpty()) {
			where = where.and(in("R.OWNER", query.owners().stream().sorted().toList()));
		}
		if (query.modifiedFrom().isPresent()) {
			where = where.and(SqlCondition.of("R.MODIFIED_AT >= ?", query.modifiedFrom().get()));
		}
		if (query.modifiedBefore().isPresent()) {
			where = where.and(SqlCondition.of("R.MODIFIED_AT < ?", query.modifiedBefore().get()));
		}
		if (!query.handlingCodes().isEmpty()) {
			where = where.and(in("R.HANDLING", query.handlingCodes().stream().map(HandlingCode::getName).sorted()
					.toList()));
		}
		for (RecordQuery.IndexCondition condition : query.conditions()) {
			where = where.and(SqlCondition.of("EXISTS (SELECT 1 FROM RECORD_INDEX I WHERE I.RECORD_ID = R.ID"
					+ " AND I.FEATURE = ? AND I.VALUE = ?)", IndexTable.feature(condition.attribute()),
					condition.value()));
		}
		return where;
	}

	private static SqlCondition in(String column, List<String> values) {
		String marks = String.join(", ", values.stream().map(v -> "?").toList());
		return new SqlCondition(column + " IN (" + marks + ")", List.copyOf(values));
	}

	/** The versions of a record the actor may see, oldest first: see RecordRepository.history. */
	List<RecordVersion> history(String id) throws SQLException {
		SqlCondition where = SqlCondition.of("H.RECORD_ID = ?", id).and(visibility.liveOrOwnDeleted("R"))
				.and(visibility.version("H"));
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT H.VERSION, H.MODIFIED_AT, H.MODIFIED_BY, H.OPERATION, R.SCRUBBED, H.CONTENT"
						+ " FROM RECORD_HISTORY H JOIN RECORDS R ON R.ID = H.RECORD_ID WHERE " + where.text()
						+ " ORDER BY H.VERSION")) {
			where.bind(select, 1);
			try (ResultSet result = select.executeQuery()) {
				List<RecordVersion> versions = new ArrayList<>();
				while (result.next()) {
					versions.add(new RecordVersion(result.getInt(1),
							result.getTimestamp(2, RecordTable.utc()).toInstant(), result.getString(3),
							RecordVersion.Operation.valueOf(result.getString(4)), result.getBoolean(5),
							RecordCodec.read(result.getString(6))));
				}
				return versions;
			}
		}
	}
}
