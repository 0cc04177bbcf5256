package org.crm.enlace.linkage;

/**
 * A line of a persons file that cannot be read. It names the line and, where one is at fault, the field, never a
 * value: the values are persons' data.
 */
public final class PersonInputException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What is wrong with the line; the command line words each one. */
	public enum Problem {
		MALFORMED_JSON, NOT_AN_OBJECT, MISSING_ID, DUPLICATE_ID, WRONG_TYPE
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
