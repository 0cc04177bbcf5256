package org.crm.enlace.entry;

import org.crm.enlace.entry.internal.Messages;

/**
 * What is wrong with one line of an entry-matrix CSV file. A line may have more than one problem.
 *
 * @param line   the line number in the file, 1 for the header
 * @param detail the offending value as the file has it (cut to {@value #MAX_DETAIL} characters), or for a
 *               {@link Kind#DUPLICATE} the number of the line it repeats
 */
public record LineProblem(int line, Kind kind, String detail) {

	static final int MAX_DETAIL = 40;

	/** The kinds of bad line; each has a text {@code problem.<name>} in the bundle's messages. */
	public enum Kind {
		/** The first line is not {@code Passport,Destination,Requirement}. */
		HEADER,
		/** Not three fields. */
		COLUMN_COUNT,
		/** The nationality is not an ISO 3166-1 alpha-3 code (or XKX). */
		UNKNOWN_NATIONALITY,
		/** The destination is not an ISO 3166-1 alpha-3 code (or XKX). */
		UNKNOWN_DESTINATION,
		/** The requirement is none of the data set's values. */
		UNKNOWN_REQUIREMENT,
		/** The same nationality and destination again. */
		DUPLICATE,
		/** "-1" (own country) between two countries, or another value for a country's own nationals. */
		OWN_COUNTRY_MISMATCH
	}

	public LineProblem {
		detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
	}

	/** "Line 12: unknown destination «XYZ»" in the user's language. */
	public String describe() {
		return Messages.format("problem.line", line, Messages.format("problem." + kind.name(), detail));
	}

	/** For tests and logs that must not depend on the language. */
	@Override
	public String toString() {
		return line + ":" + kind + ":" + detail;
	}
}
