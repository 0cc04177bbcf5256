package org.crm.enlace.exchange;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.exchange.internal.Messages;

/**
 * One thing wrong with an imported document: where (a JSON pointer into the document) and which rule it breaks. It
 * never carries a value of the document, which may be a person's data; its arguments are names from the format
 * itself (a field, a type tag, a version).
 *
 * @param pointer   RFC 6901 pointer to the value at fault ({@code ""} for the whole document)
 * @param rule      the rule broken: a JSON Schema keyword ({@code pattern}, {@code required}, ...) or one of the
 *                  format's own ({@code unknownType}, {@code newerVersion}, ...)
 * @param arguments names that make the rule specific, e.g. the missing field
 */
public record ExchangeProblem(String pointer, String rule, List<String> arguments) {

	public static final String SYNTAX = "syntax";
	public static final String UNKNOWN_TYPE = "unknownType";
	public static final String UNKNOWN_FIELD = "unknownField";
	public static final String BAD_VALUE = "badValue";
	public static final String BAD_REFERENCE = "badReference";
	public static final String NEWER_VERSION = "newerVersion";
	public static final String NO_MIGRATION = "noMigration";

	public ExchangeProblem {
		arguments = List.copyOf(arguments);
	}

	public ExchangeProblem(String pointer, String rule, String... arguments) {
		this(pointer, rule, List.of(arguments));
	}

	/** The problem in the user's words, in that language. */
	public String describe(Locale locale) {
		String where = pointer.isEmpty() ? "/" : pointer;
		return Messages.problem(rule, locale, where, arguments);
	}

	@Override
	public String toString() {
		return describe(Locale.getDefault());
	}
}
