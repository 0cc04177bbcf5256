package org.crm.enlace.linkage;

/**
 * A line of a persons file that cannot be read. It names the line and, where one is at fault, the field, never a
 * value: the values are persons' data.
 */
public final class PersonInputException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * What is wrong with the line; the command line words each one. The last four are of encoded persons' files:
	 * the first line is not their header, the header's version is newer than this Enlace reads, an encoding is
	 * not base64 of the right length, an owner is not an ISO 3166-1 alpha-3 code.
	 */
	public enum Problem {
		MALFORMED_JSON, NOT_AN_OBJECT, MISSING_ID, DUPLICATE_ID, WRONG_TYPE, NOT_ENCODED, NEWER_VERSION, BAD_ENCODING,
		BAD_COUNTRY
	}

	private final Problem problem;
	private final long line;
	private final String field;

	public PersonInputException(Problem problem, long line, String field) {
		super(problem + " at line " + line + (field == null ? "" : " (field " + field + ")"));
		this.problem = problem;
		this.line = line;
		this.field = field;
	}

	public Problem problem() {
		return problem;
	}

	public long line() {
		return line;
	}

	/** The field at fault, or null. */
	public String field() {
		return field;
	}
}
