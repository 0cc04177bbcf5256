package org.crm.enlace.mrz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.crm.enlace.mrz.internal.CheckSpec;
import org.crm.enlace.mrz.internal.Layout;
import org.crm.enlace.mrz.internal.OcrConfusions;
import org.crm.enlace.mrz.internal.Span;

/**
 * Reads and checks a machine readable zone (ICAO Doc 9303, seventh and eighth editions): tells the format, takes
 * the fields apart, computes every check digit and explains what fails. Stateless and thread-safe.
 *
 * <p>Input as pasted: each string may hold several lines (any line break); blank lines and spaces around a line are
 * dropped. Lower case letters are read as upper case with a warning: the MRZ's alphabet has no lower case, so
 * nothing is lost, and a pasted or typed zone should not have to be typed again (docs/mrz.md).
 */
public final class MrzChecker {

	private static final String PASSPORT_CODE = "P";
	private static final String FIRST_LETTERS_OF_CARDS = "ACI";
	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	private MrzChecker() {
	}

	/** @throws NotAnMrzException when the lines are no MRZ of any known format */
	public static Mrz check(String... input) {
		return check(List.of(input));
	}

	/** @throws NotAnMrzException when the lines are no MRZ of any known format */
	public static Mrz check(List<String> input) {
		List<Finding> warnings = new ArrayList<>();
		List<String> lines = lines(input, warnings);
		MrzFormat format = format(lines);
		Layout layout = Layout.of(format, lines);
		Map<MrzField, String> fields = new EnumMap<>(MrzField.class);
		layout.fields().keySet().forEach(field -> fields.put(field, layout.text(field, lines)));
		Map<MrzField, Boolean> checks = new LinkedHashMap<>();
		List<Finding> problems = new ArrayList<>();
		for (CheckSpec check : layout.checks()) {
			char found = lines.get(check.line()).charAt(check.position());
			char expected = CheckDigit.of(check.coveredText(lines));
			boolean passes = check.passes(lines);
			checks.put(check.field(), passes);
			if (!passes) {
				problems.add(new Finding("checkDigit", check.field(), check.line() + 1, check.position() + 1,
						String.valueOf(expected), String.valueOf(found)));
			}
		}
		warnings.addAll(codeWarnings(format, lines, layout));
		warnings.addAll(OcrConfusions.find(lines, layout, checks));
		return new Mrz(format, lines, fields, checks, problems, warnings);
	}

	private static List<String> lines(List<String> input, List<Finding> warnings) {
		List<String> lines = new ArrayList<>();
		for (String text : input) {
			for (String line : LINE_BREAK.split(text)) {
				if (!line.isBlank()) {
					lines.add(upperCase(line.strip(), lines.size() + 1, warnings));
				}
			}
		}
		return lines;
	}

	/* Lower case read as upper case with a warning; any other character outside the alphabet refuses the input. */
	private static String upperCase(String line, int number, List<Finding> warnings) {
		StringBuilder read = new StringBuilder(line.length());
		boolean lowerCase = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c >= 'a' && c <= 'z') {
				lowerCase = true;
				c = (char) (c - 'a' + 'A');
			}
			if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<')) {
				throw new NotAnMrzException("character", number, i + 1, String.format("U+%04X", (int) c));
			}
			read.append(c);
		}
		if (lowerCase) {
			warnings.add(new Finding("lowerCase", null, number, 0, "", ""));
		}
		return read.toString();
	}

	private static MrzFormat format(List<String> lines) {
		if (lines.size() < 2 || lines.size() > 3) {
			throw new NotAnMrzException("lineCount", lines.size());
		}
		int length = lines.get(0).length();
		for (int l = 1; l < lines.size(); l++) {
			if (lines.get(l).length() != length && isLength(length) && isLength(lines.get(l).length())) {
				throw new NotAnMrzException("mixed", 1, length, l + 1, lines.get(l).length());
			}
		}
		for (int l = 0; l < lines.size(); l++) {
			int expected = lines.size() == 3 ? 30 : length == 36 ? 36 : 44;
			if (lines.get(l).length() != expected) {
				String reason = lines.size() == 3 ? "lengthTd1" : lines.get(l).length() == 30 ? "td1Lines" : "length";
				throw new NotAnMrzException(reason, l + 1, lines.get(l).length());
			}
		}
		boolean visa = lines.get(0).charAt(0) == 'V';
		if (lines.size() == 3) {
			return MrzFormat.TD1;
		}
		if (length == 44) {
			return visa ? MrzFormat.MRVA : MrzFormat.TD3;
		}
		return visa ? MrzFormat.MRVB : MrzFormat.TD2;
	}

	private static boolean isLength(int length) {
		return length == 30 || length == 36 || length == 44;
	}

	/* The document code 9303 gives each format, the sex code and the dates: warnings, no check fails for them. */
	private static List<Finding> codeWarnings(MrzFormat format, List<String> lines, Layout layout) {
		List<Finding> warnings = new ArrayList<>();
		char code = lines.get(0).charAt(0);
		String expected = switch (format) {
		case TD3 -> PASSPORT_CODE;
		case TD1, TD2 -> FIRST_LETTERS_OF_CARDS;
		default -> "V";
		};
		if (expected.indexOf(code) < 0) {
			warnings.add(new Finding("documentCode", MrzField.DOCUMENT_CODE, 1, 1,
					String.join(", ", expected.split("")), String.valueOf(code)));
		}
		Span sex = layout.spans(MrzField.SEX).get(0);
		char sexCode = sex.of(lines).charAt(0);
		if ("MFX<".indexOf(sexCode) < 0) {
			warnings.add(new Finding("sex", MrzField.SEX, sex.line() + 1, sex.start() + 1, "M, F, <",
					String.valueOf(sexCode)));
		}
		for (MrzField date : List.of(MrzField.DATE_OF_BIRTH, MrzField.DATE_OF_EXPIRY)) {
			Span span = layout.spans(date).get(0);
			if (!isCalendarDay(span.of(lines))) {
				warnings.add(new Finding("date", date, span.line() + 1, span.start() + 1, "", ""));
			}
		}
		return warnings;
	}

	/* YYMMDD; a date with fillers (an unknown part, Part 3) or with letters is left to the other checks. */
	private static boolean isCalendarDay(String date) {
		if (!date.chars().allMatch(Character::isDigit)) {
			return true;
		}
		int month = Integer.parseInt(date.substring(2, 4));
		int day = Integer.parseInt(date.substring(4, 6));
		int[] daysIn = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
		// February 29 is accepted in every year: YY does not say the century.
		return month >= 1 && month <= 12 && day >= 1 && day <= daysIn[month - 1];
	}
}
