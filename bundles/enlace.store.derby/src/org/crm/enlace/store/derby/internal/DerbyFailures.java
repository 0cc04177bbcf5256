package org.crm.enlace.store.derby.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;

/** Turns Derby's SQLStates into the store's reasons. */
public final class DerbyFailures {

	/** Another JVM (or class loader) has booted the database. */
	static final String LOCKED_BY_ANOTHER_ENGINE = "XSDB6";
	/** The database directory cannot be created. */
	static final String DIRECTORY_NOT_CREATED = "XBM0H";
	/** A data change on a database that Derby booted read-only because its files cannot be written. */
	static final String READ_ONLY_DATABASE = "25502";
	/** An encrypted database booted with another external key (XBCXK) or boot password (XBM06). */
	static final List<String> WRONG_KEY_STATES = List.of("XBCXK", "XBM06");
	/** The expected state of a database shut down on purpose. */
	static final String DATABASE_SHUT_DOWN = "08006";

	/*
	 * Prefixes of the states that say the files are damaged or are not a Derby database of this version: raw store
	 * (XSDB), data segments (XSDG), log (XSLA, XSLB, e.g. XSLAN for a foreign format), monitor start-up (XBM0, e.g.
	 * XBM0A for a folder without service.properties), access methods (XSAI, XSAM, XSCB, XSCH), "no database" (XJ004)
	 * and a service.properties without Derby's required properties (XCY03).
	 */
	private static final List<String> DAMAGED_PREFIXES = List.of("XSDB", "XSDG", "XSLA", "XSLB", "XBM0", "XSAI", "XSAM",
			"XSCB", "XSCH", "XJ004", "XCY03");

	/* Values that do not fit their column or are missing: the record, not the database, is wrong. */
	private static final List<String> INVALID_VALUE_STATES = List.of("22001", "23502", "22003");

	private static final int MAX_CHAIN = 20;

	private DerbyFailures() {
	}

	/** A failure while booting or migrating; Derby's messages then name files, never record content. */
	static StoreException atOpen(SQLException failure, Path dataFolder) {
		return new StoreException(reasonAtOpen(failure), dataFolder.toString(), failure);
	}

	/**
	 * A failure of a record operation. Derby's own messages may quote values (a truncated string, for instance), so
	 * neither the message nor the cause carries them: only the SQLStates remain.
	 */
	static StoreException during(String operation, SQLException failure) {
		return new StoreException(reasonDuring(failure), operation + " (SQLState " + failure.getSQLState() + ')',
				withoutContent(failure));
	}

	public static Reason reasonAtOpen(SQLException failure) {
		List<String> states = sqlStates(failure);
		if (states.contains(LOCKED_BY_ANOTHER_ENGINE)) {
			return Reason.LOCKED;
		}
		if (states.stream().anyMatch(WRONG_KEY_STATES::contains)) {
			return Reason.WRONG_KEYS;
		}
		if (states.contains(DIRECTORY_NOT_CREATED)) {
			return Reason.NOT_WRITABLE;
		}
		if (states.stream().anyMatch(DerbyFailures::meansDamaged)) {
			return Reason.CORRUPT;
		}
		return Reason.FAILED;
	}

	public static Reason reasonDuring(SQLException failure) {
		List<String> states = sqlStates(failure);
		if (states.contains(READ_ONLY_DATABASE)) {
			return Reason.NOT_WRITABLE;
		}
		if (states.stream().anyMatch(INVALID_VALUE_STATES::contains)) {
			return Reason.INVALID;
		}
		return Reason.FAILED;
	}

	private static boolean meansDamaged(String state) {
		return DAMAGED_PREFIXES.stream().anyMatch(state::startsWith);
	}

	/** Every SQLState in the chain of next exceptions and causes, outermost first. */
	static List<String> sqlStates(Throwable failure) {
		List<String> states = new ArrayList<>();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		collect(failure, states, seen);
		return states;
	}

	private static void collect(Throwable failure, List<String> states, Set<Throwable> seen) {
		if (failure == null || seen.size() >= MAX_CHAIN || !seen.add(failure)) {
			return;
		}
		if (failure instanceof SQLException sql) {
			if (sql.getSQLState() != null) {
				states.add(sql.getSQLState());
			}
			collect(sql.getNextException(), states, seen);
		} else {
			derbyState(failure).ifPresent(states::add);
		}
		collect(failure.getCause(), states, seen);
	}

	/*
	 * Derby's own StandardException, which boot failures carry as causes (XSDA4, then the XSDG state that says which
	 * file is damaged), has a SQLState but is no SQLException; this bundle does not import Derby's internal package,
	 * so the state is read by name.
	 */
	private static Optional<String> derbyState(Throwable failure) {
		if (!failure.getClass().getName().startsWith("org.apache.derby.")) {
			return Optional.empty();
		}
		try {
			Object state = failure.getClass().getMethod("getSQLState").invoke(failure);
			return state instanceof String text ? Optional.of(text) : Optional.empty();
		} catch (ReflectiveOperationException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** A copy of the chain with SQLStates, error codes and stack traces, but without Derby's messages. */
	public static SQLException withoutContent(SQLException failure) {
		return copyWithoutMessages(failure, 0);
	}

	private static SQLException copyWithoutMessages(SQLException failure, int depth) {
		SQLException copy = new SQLException("SQLState " + failure.getSQLState() + ", error code "
				+ failure.getErrorCode() + " (Derby's message withheld: it may quote record content)",
				failure.getSQLState(), failure.getErrorCode());
		copy.setStackTrace(failure.getStackTrace());
		Throwable next = failure.getNextException() != null ? failure.getNextException() : failure.getCause();
		if (next instanceof SQLException nextSql && next != failure && depth < MAX_CHAIN) {
			copy.initCause(copyWithoutMessages(nextSql, depth + 1));
		}
		return copy;
	}
}
