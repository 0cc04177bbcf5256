package org.crm.enlace.mrz.internal;

import java.util.List;

import org.crm.enlace.mrz.CheckDigit;
import org.crm.enlace.mrz.MrzField;

/**
 * One check digit: the field it is named after, the characters it covers and where the digit stands.
 * {@code fillerWhenEmpty}: the digit may be a filler when every covered character is one (TD3's optional data).
 */
public record CheckSpec(MrzField field, List<Span> covered, int line, int position, boolean fillerWhenEmpty) {

	public String coveredText(List<String> lines) {
		StringBuilder text = new StringBuilder();
		covered.forEach(span -> text.append(span.of(lines)));
		return text.toString();
	}

	public boolean covers(int line, int position) {
		return (this.line == line && this.position == position)
				|| covered.stream().anyMatch(span -> span.contains(line, position));
	}

	/** Whether the digit passes on these lines (also asked with a character swapped, for the OCR confusions). */
	public boolean passes(List<String> lines) {
		char found = lines.get(line).charAt(position);
		String text = coveredText(lines);
		// Part 4: with no optional data, its check digit may be a filler or zero, as the issuing state chooses.
		if (fillerWhenEmpty && found == '<' && text.chars().allMatch(c -> c == '<')) {
			return true;
		}
		return found == CheckDigit.of(text);
	}
}
