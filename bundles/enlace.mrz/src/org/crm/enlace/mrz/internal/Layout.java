package org.crm.enlace.mrz.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crm.enlace.mrz.MrzField;
import org.crm.enlace.mrz.MrzFormat;

/**
 * Where each field and check digit of a format stands (ICAO Doc 9303 Parts 4 to 7), lines and positions from 0.
 * A document number longer than nine characters on TD1 and TD2 (Parts 5 and 6) moves its rest and its check digit
 * into the optional data: {@link #of} returns the layout that fits the lines given.
 */
public record Layout(MrzFormat format, Map<MrzField, List<Span>> fields, List<CheckSpec> checks) {

	public static Layout of(MrzFormat format, List<String> lines) {
		return switch (format) {
		case TD1 -> withLongNumber(td1(), lines);
		case TD2 -> withLongNumber(twoLines(format, 36, true), lines);
		default -> twoLines(format, format.length(), !format.isVisa());
		};
	}

	public List<Span> spans(MrzField field) {
		return fields.getOrDefault(field, List.of());
	}

	public String text(MrzField field, List<String> lines) {
		StringBuilder text = new StringBuilder();
		spans(field).forEach(span -> text.append(span.of(lines)));
		return text.toString();
	}

	/** The field at a position, or {@code null} for a check digit's place. */
	public MrzField fieldAt(int line, int position) {
		for (Map.Entry<MrzField, List<Span>> field : fields.entrySet()) {
			for (Span span : field.getValue()) {
				if (span.contains(line, position)) {
					return field.getKey();
				}
			}
		}
		return null;
	}

	/* TD2, TD3, MRV-A and MRV-B: code, state and name on line 1; number, nationality, dates and the rest on line 2. */
	private static Layout twoLines(MrzFormat format, int length, boolean composite) {
		Map<MrzField, List<Span>> fields = header(length);
		fields.put(MrzField.DOCUMENT_NUMBER, List.of(new Span(1, 0, 9)));
		fields.put(MrzField.NATIONALITY, List.of(new Span(1, 10, 13)));
		fields.put(MrzField.DATE_OF_BIRTH, List.of(new Span(1, 13, 19)));
		fields.put(MrzField.SEX, List.of(new Span(1, 20, 21)));
		fields.put(MrzField.DATE_OF_EXPIRY, List.of(new Span(1, 21, 27)));
		boolean td3 = format == MrzFormat.TD3;
		// TD3 gives its optional data (the personal number) a check digit of its own before the composite.
		int optionalEnd = composite ? length - (td3 ? 2 : 1) : length;
		fields.put(MrzField.OPTIONAL_DATA, List.of(new Span(1, 28, optionalEnd)));
		List<CheckSpec> checks = new ArrayList<>(List.of(check(MrzField.DOCUMENT_NUMBER, 1, 0, 9),
				check(MrzField.DATE_OF_BIRTH, 1, 13, 19), check(MrzField.DATE_OF_EXPIRY, 1, 21, 27)));
		if (td3) {
			checks.add(new CheckSpec(MrzField.OPTIONAL_DATA, List.of(new Span(1, 28, 42)), 1, 42, true));
		}
		if (composite) {
			checks.add(new CheckSpec(MrzField.COMPOSITE,
					List.of(new Span(1, 0, 10), new Span(1, 13, 20), new Span(1, 21, length - 1)), 1, length - 1,
					false));
		}
		return new Layout(format, fields, List.copyOf(checks));
	}

	private static Layout td1() {
		Map<MrzField, List<Span>> fields = new EnumMap<>(MrzField.class);
		fields.put(MrzField.DOCUMENT_CODE, List.of(new Span(0, 0, 2)));
		fields.put(MrzField.ISSUING_STATE, List.of(new Span(0, 2, 5)));
		fields.put(MrzField.DOCUMENT_NUMBER, List.of(new Span(0, 5, 14)));
		fields.put(MrzField.OPTIONAL_DATA, List.of(new Span(0, 15, 30)));
		fields.put(MrzField.DATE_OF_BIRTH, List.of(new Span(1, 0, 6)));
		fields.put(MrzField.SEX, List.of(new Span(1, 7, 8)));
		fields.put(MrzField.DATE_OF_EXPIRY, List.of(new Span(1, 8, 14)));
		fields.put(MrzField.NATIONALITY, List.of(new Span(1, 15, 18)));
		fields.put(MrzField.OPTIONAL_DATA_2, List.of(new Span(1, 18, 29)));
		fields.put(MrzField.NAME, List.of(new Span(2, 0, 30)));
		List<CheckSpec> checks = List.of(check(MrzField.DOCUMENT_NUMBER, 0, 5, 14),
				check(MrzField.DATE_OF_BIRTH, 1, 0, 6), check(MrzField.DATE_OF_EXPIRY, 1, 8, 14),
				new CheckSpec(MrzField.COMPOSITE, List.of(new Span(0, 5, 30), new Span(1, 0, 7), new Span(1, 8, 15),
						new Span(1, 18, 29)), 1, 29, false));
		return new Layout(MrzFormat.TD1, fields, checks);
	}

	private static Map<MrzField, List<Span>> header(int length) {
		Map<MrzField, List<Span>> fields = new EnumMap<>(MrzField.class);
		fields.put(MrzField.DOCUMENT_CODE, List.of(new Span(0, 0, 2)));
		fields.put(MrzField.ISSUING_STATE, List.of(new Span(0, 2, 5)));
		fields.put(MrzField.NAME, List.of(new Span(0, 5, length)));
		return fields;
	}

	/* A field followed directly by its check digit. */
	private static CheckSpec check(MrzField field, int line, int start, int end) {
		return new CheckSpec(field, List.of(new Span(line, start, end)), line, end, false);
	}

	/*
	 * Parts 5 and 6: a filler where the number's check digit belongs says the number goes on in the optional data,
	 * up to the first filler there, its last character being the check digit. The number's rest takes at least
	 * one character besides the digit; otherwise the filler is only a wrong check digit.
	 */
	private static Layout withLongNumber(Layout layout, List<String> lines) {
		Span number = layout.spans(MrzField.DOCUMENT_NUMBER).get(0);
		Span optional = layout.spans(MrzField.OPTIONAL_DATA).get(0);
		String line = lines.get(number.line());
		if (line.charAt(number.end()) != '<') {
			return layout;
		}
		int filler = line.indexOf('<', optional.start());
		int end = filler < 0 || filler > optional.end() ? optional.end() : filler;
		if (end - optional.start() < 2) {
			return layout;
		}
		int digit = end - 1;
		Map<MrzField, List<Span>> fields = new EnumMap<>(layout.fields());
		Span rest = new Span(number.line(), optional.start(), digit);
		fields.put(MrzField.DOCUMENT_NUMBER, List.of(number, rest));
		fields.put(MrzField.OPTIONAL_DATA, List.of(new Span(optional.line(), Math.min(end + 1, optional.end()),
				optional.end())));
		List<CheckSpec> checks = layout.checks().stream()
				.map(check -> check.field() != MrzField.DOCUMENT_NUMBER ? check
						: new CheckSpec(MrzField.DOCUMENT_NUMBER, List.of(number, rest), number.line(), digit, false))
				.toList();
		return new Layout(layout.format(), fields, checks);
	}
}
