package org.crm.enlace.training;

import org.crm.enlace.training.internal.Messages;

/**
 * What is wrong with one row of a participant list. It names the row and the column, never a cell's content: the
 * rows hold persons' names.
 *
 * @param row      the row's number in the spreadsheet (1 is the header)
 * @param column   the column's name in the header, or empty when the problem is the whole row's
 * @param kind     what is wrong
 * @param otherRow for {@link Kind#DUPLICATE_IN_FILE}, the earlier row it repeats; 0 otherwise
 */
public record RowProblem(int row, String column, Kind kind, int otherRow) {

	/** The kinds of bad row; each has a text {@code import.problem.<name>} in the bundle's messages. */
	public enum Kind {
		/** The file has no row at all. */
		NO_HEADER,
		/** A column the header must have is not there. */
		MISSING_COLUMN,
		/** The header names a column the import does not know. */
		UNKNOWN_COLUMN,
		/** The header names a column twice. */
		REPEATED_COLUMN,
		/** A row with no value, before the last row with values. */
		EMPTY_ROW,
		/** Values in a column whose header cell is empty, or right of the header's last column. */
		EXTRA_CELLS,
		MISSING_NAME,
		MISSING_INSTITUTION,
		/** Neither F, M nor X (ICAO 9303's letters). */
		BAD_SEX,
		/** Not an ISO 3166-1 alpha-3 code, or empty. */
		UNKNOWN_COUNTRY,
		/** Neither yes nor no. */
		BAD_ATTENDED,
		/** Not a whole number from 0 to 100. */
		BAD_SCORE,
		/** Not a day written YYYY-MM-DD (ISO 8601), nor a date cell of the spreadsheet. */
		BAD_DATE,
		/** A completion day for someone who did not attend. */
		COMPLETED_NOT_ATTENDED,
		/** A completion day before the session started. */
		COMPLETED_BEFORE_SESSION,
		/** The same name and country as an earlier row. */
		DUPLICATE_IN_FILE,
		/** The same name and country as a participant the store already holds. */
		DUPLICATE_EXISTING
	}

	public static RowProblem of(int row, String column, Kind kind) {
		return new RowProblem(row, column, kind, 0);
	}

	/** What is wrong, without the row and column, in the user's language: "falta el nombre". */
	public String what() {
		return Messages.format("import.problem." + kind.name(), otherRow);
	}

	/** "Fila 12, columna country: ..." in the user's language. */
	public String describe() {
		String what = what();
		return column.isEmpty() ? Messages.format("import.row", row, what)
				: Messages.format("import.rowColumn", row, column, what);
	}

	/** For tests and logs that must not depend on the language. */
	@Override
	public String toString() {
		return row + ":" + column + ":" + kind + (otherRow > 0 ? ":" + otherRow : "");
	}
}
