package org.crm.enlace.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a WHERE clause (or of the clause that cuts a page) and the values of its parameters, in order. Values
 * are always bound, never written into the text: organization codes come from the user.
 */
record SqlCondition(String text, List<Object> parameters) {

	static final SqlCondition ALWAYS = new SqlCondition("1 = 1", List.of());

	static SqlCondition of(String text, Object... parameters) {
		return new SqlCondition(text, List.of(parameters));
	}

	SqlCondition and(SqlCondition other) {
		if (this == ALWAYS) {
			return other;
		}
		if (other == ALWAYS) {
			return this;
		}
		List<Object> joined = new ArrayList<>(parameters);
		joined.addAll(other.parameters);
		return new SqlCondition(text + " AND " + other.text, joined);
	}

	/**
	 * Binds the parameters from position {@code first}; Instants as UTC timestamps.
	 *
	 * @return the position after the last one bound
	 */
	int bind(PreparedStatement statement, int first) throws SQLException {
		int position = first;
		for (Object parameter : parameters) {
			switch (parameter) {
			case String text -> statement.setString(position, text);
			case Integer number -> statement.setInt(position, number);
			case Long number -> statement.setLong(position, number);
			case Instant instant -> statement.setTimestamp(position, Timestamp.from(instant), RecordTable.utc());
			default -> throw new IllegalArgumentException(parameter.getClass().getName());
			}
			position++;
		}
		return position;
	}
}
