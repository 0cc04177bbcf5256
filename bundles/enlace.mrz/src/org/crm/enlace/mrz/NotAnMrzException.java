package org.crm.enlace.mrz;

import java.util.Locale;

import org.crm.enlace.mrz.internal.Messages;

/**
 * The lines are no machine readable zone of any format 9303 defines: a wrong number of lines or characters, lines of
 * different formats, a character outside the MRZ's alphabet. The message names lines, lengths and positions, never
 * the content.
 */
public final class NotAnMrzException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String key;
	private final transient Object[] arguments;

	NotAnMrzException(String key, Object... arguments) {
		super(key);
		this.key = key;
		this.arguments = arguments.clone();
	}

	/** The message key under {@code error.}: {@code lineCount}, {@code length}, {@code lengthTd1},
	 * {@code td1Lines}, {@code mixed}, {@code character}. */
	public String reason() {
		return key;
	}

	public String message(Locale locale) {
		return Messages.format(locale, "error." + key, arguments);
	}

	@Override
	public String getMessage() {
		return message(Locale.getDefault());
	}
}
