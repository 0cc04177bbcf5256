package org.crm.enlace.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.SQLException;

import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.store.derby.internal.DerbyFailures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Derby reports start-up failures as XJ040 wrapping the real SQLState; the reason comes from the wrapped one. */
class DerbyFailuresTest {

	@ParameterizedTest(name = "{0} inside XJ040 -> {1}")
	@CsvSource({
			"XSDB6, LOCKED",
			"XSLAN, CORRUPT",
			"XSDG1, CORRUPT",
			"XBM0A, CORRUPT",
			"XBM06, WRONG_KEYS",
			"XBCXK, WRONG_KEYS",
			"XSDB2, CORRUPT",
			"XCY03, CORRUPT",
			"XBM0H, NOT_WRITABLE",
			"XJ001, FAILED",
			"42X05, FAILED" })
	void aStartUpFailureIsJudgedByTheStateItWraps(String wrapped, Reason expected) {
		SQLException startUp = new SQLException("Failed to start database", "XJ040", 40000,
				new SQLException("detail", wrapped));

		assertEquals(expected, DerbyFailures.reasonAtOpen(startUp));
	}

	@ParameterizedTest(name = "{0} as next exception -> {1}")
	@CsvSource({ "XSDB6, LOCKED", "XSLAN, CORRUPT", "XJ001, FAILED" })
	void aStateChainedAsNextExceptionCountsToo(String next, Reason expected) {
		SQLException startUp = new SQLException("Failed to start database", "XJ040");
		startUp.setNextException(new SQLException("detail", next));

		assertEquals(expected, DerbyFailures.reasonAtOpen(startUp));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "22001, INVALID", "23502, INVALID", "25502, NOT_WRITABLE", "40XL1, FAILED", "23505, FAILED" })
	void aFailedOperationIsJudgedByItsState(String state, Reason expected) {
		assertEquals(expected, DerbyFailures.reasonDuring(new SQLException("detail", state)));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "22001", "XJ040" })
	void aCopyForTheCallerKeepsTheStatesButNotDerbysMessages(String state) {
		SQLException failure = new SQLException("A truncation error on 'María Ejemplo'", state, 20000,
				new SQLException("nested 'María Ejemplo'", "XSDB6"));

		SQLException copy = DerbyFailures.withoutContent(failure);

		assertEquals(state, copy.getSQLState());
		assertEquals(20000, copy.getErrorCode());
		assertNotNull(copy.getCause());
		assertEquals("XSDB6", ((SQLException) copy.getCause()).getSQLState());
		for (Throwable t = copy; t != null; t = t.getCause()) {
			assertFalse(t.getMessage().contains("María"), t.getMessage());
		}
	}
}
