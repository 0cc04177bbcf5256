package org.crm.enlace.mrz.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crm.enlace.mrz.Finding;
import org.crm.enlace.mrz.MrzField;
import org.crm.enlace.mrz.MrzField.Kind;

/**
 * The characters an OCR engine (or a tired typist) confuses: O and 0, I and 1, B and 8, S and 5, Z and 2. A letter
 * where only digits belong (a date, a check digit) or a digit where only letters belong (codes, names) is reported
 * with what it may be and whether the checks over it pass when read so; in a field that holds both, only a swap
 * that makes a failed check pass is worth a word. Nothing is changed in the zone itself.
 */
public final class OcrConfusions {

	private static final String LETTERS = "OIBSZ";
	private static final String DIGITS = "01852";

	private OcrConfusions() {
	}

	public static List<Finding> find(List<String> lines, Layout layout, Map<MrzField, Boolean> checks) {
		List<Finding> warnings = new ArrayList<>();
		for (int l = 0; l < lines.size(); l++) {
			for (int p = 0; p < lines.get(l).length(); p++) {
				char found = lines.get(l).charAt(p);
				if (swap(found) == found) {
					continue;
				}
				CheckSpec digit = digitAt(layout, l, p);
				MrzField field = digit != null ? digit.field() : layout.fieldAt(l, p);
				Kind kind = digit != null ? Kind.DIGITS : field == null ? Kind.MIXED : field.kind();
				String may = String.valueOf(swap(found));
				// Dates and check digits are always under a check; 9303 puts no field of letters under one.
				if (kind == Kind.DIGITS && LETTERS.indexOf(found) >= 0) {
					String outcome = passesEveryCheckOver(lines, layout, l, p) ? "Passes" : "Fails";
					warnings.add(new Finding("ocrLetter" + outcome, field, l + 1, p + 1, may, String.valueOf(found)));
				} else if (kind == Kind.LETTERS && DIGITS.indexOf(found) >= 0) {
					warnings.add(new Finding("ocrDigit", field, l + 1, p + 1, may, String.valueOf(found)));
				}
			}
		}
		warnings.addAll(swapsThatPass(lines, layout, checks));
		return warnings;
	}

	/* In fields of letters and digits: the single swaps after which a failed check and every other over it pass. */
	private static List<Finding> swapsThatPass(List<String> lines, Layout layout, Map<MrzField, Boolean> checks) {
		List<Finding> warnings = new ArrayList<>();
		Set<Integer> reported = new HashSet<>();
		for (CheckSpec check : layout.checks()) {
			if (checks.get(check.field())) {
				continue;
			}
			for (Span span : check.covered()) {
				for (int p = span.start(); p < span.end(); p++) {
					int l = span.line();
					MrzField field = layout.fieldAt(l, p);
					char found = lines.get(l).charAt(p);
					if (field == null || field.kind() != Kind.MIXED || swap(found) == found
							|| reported.contains(l * 100 + p)) {
						continue;
					}
					if (passesEveryCheckOver(lines, layout, l, p)) {
						reported.add(l * 100 + p);
						warnings.add(new Finding("ocrSwapPasses", check.field(), l + 1, p + 1,
								String.valueOf(swap(found)), String.valueOf(found)));
					}
				}
			}
		}
		return warnings;
	}

	/*
	 * Whether, with the character swapped, every check over it passes: a swap that mends the composite but breaks
	 * the field's own check is no explanation.
	 */
	private static boolean passesEveryCheckOver(List<String> lines, Layout layout, int l, int p) {
		List<String> read = swapped(lines, l, p, swap(lines.get(l).charAt(p)));
		return Layout.of(layout.format(), read).checks().stream().filter(c -> c.covers(l, p))
				.allMatch(c -> c.passes(read));
	}

	private static CheckSpec digitAt(Layout layout, int line, int position) {
		for (CheckSpec check : layout.checks()) {
			if (check.line() == line && check.position() == position) {
				return check;
			}
		}
		return null;
	}

	/* The character it may have been, or itself when it is confused with none. */
	private static char swap(char c) {
		int letter = LETTERS.indexOf(c);
		if (letter >= 0) {
			return DIGITS.charAt(letter);
		}
		int digit = DIGITS.indexOf(c);
		return digit >= 0 ? LETTERS.charAt(digit) : c;
	}

	private static List<String> swapped(List<String> lines, int line, int position, char c) {
		List<String> read = new ArrayList<>(lines);
		StringBuilder text = new StringBuilder(read.get(line));
		text.setCharAt(position, c);
		read.set(line, text.toString());
		return read;
	}
}
