package org.crm.enlace.mrz;

import java.util.Locale;

import org.crm.enlace.mrz.internal.Messages;

/**
 * A failed check or a warning about a machine readable zone. {@code kind} names the explanation
 * ({@code checkDigit}, {@code lowerCase}, {@code ocrLetterInDigits}...); line and position count from 1 (0 when the
 * finding is about no single character); {@code expected} and {@code found} are the characters involved (a check
 * digit, a confused letter), never a field's content, so an explanation can be shown or logged without a person's
 * name or number.
 */
public record Finding(String kind, MrzField field, int line, int position, String expected, String found) {

	/** The explanation in a language: Spanish by default, English complete. */
	public String text(Locale locale) {
		String label = field == null ? "" : field.label(locale);
		return Messages.format(locale, "finding." + kind, label, line, position, expected, found);
	}

	/** The explanation in the user's language. */
	public String text() {
		return text(Locale.getDefault());
	}
}
