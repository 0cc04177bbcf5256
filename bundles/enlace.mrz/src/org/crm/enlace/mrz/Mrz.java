package org.crm.enlace.mrz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A machine readable zone as read and checked: its format, the text of each field as it stands in the zone
 * ({@link #field}), each check digit's outcome in the zone's order, the failed checks explained and the warnings
 * (lower case read as upper case, possible OCR confusions, dates that are no calendar day). Nothing is corrected:
 * a warning only says what a character may have been.
 */
public record Mrz(MrzFormat format, List<String> lines, Map<MrzField, String> fields, Map<MrzField, Boolean> checks,
		List<Finding> problems, List<Finding> warnings) {

	public Mrz {
		lines = List.copyOf(lines);
		fields = Map.copyOf(fields);
		checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
	}

	/** True only when every check digit passes. */
	public boolean valid() {
		return !checks.containsValue(Boolean.FALSE);
	}

	/** The field as in the zone, fillers included ({@code ""} when the format has no such field). */
	public String field(MrzField field) {
		return fields.getOrDefault(field, "");
	}

	/** The document code without fillers: {@code P}, {@code ID}, {@code V}... */
	public String documentCode() {
		return withoutFillers(MrzField.DOCUMENT_CODE);
	}

	public String issuingState() {
		return withoutFillers(MrzField.ISSUING_STATE);
	}

	public String nationality() {
		return withoutFillers(MrzField.NATIONALITY);
	}

	/** The whole document number, a TD1 or TD2 number's rest in the optional data included. */
	public String documentNumber() {
		return withoutFillers(MrzField.DOCUMENT_NUMBER);
	}

	/** YYMMDD as in the zone; a filler stands for an unknown part (Part 3). */
	public String dateOfBirth() {
		return field(MrzField.DATE_OF_BIRTH);
	}

	public String dateOfExpiry() {
		return field(MrzField.DATE_OF_EXPIRY);
	}

	/** {@code M}, {@code F}, or {@code X} for the filler (unspecified). */
	public String sex() {
		String sex = field(MrzField.SEX);
		return sex.equals("<") ? "X" : sex;
	}

	/** The optional data (TD1: of line 1, after a long number's rest), trailing fillers dropped. */
	public String optionalData() {
		return withoutFillers(MrzField.OPTIONAL_DATA);
	}

	/** TD1 only: the optional data of line 2. */
	public String optionalData2() {
		return withoutFillers(MrzField.OPTIONAL_DATA_2);
	}

	/** The primary identifier (surnames), fillers as spaces. */
	public String primaryIdentifier() {
		return names()[0];
	}

	/** The secondary identifier (given names), fillers as spaces; empty when the zone has only a primary one. */
	public String secondaryIdentifier() {
		return names()[1];
	}

	/* The two identifiers are separated by two fillers; one filler separates the words of each. */
	private String[] names() {
		String name = field(MrzField.NAME);
		int separator = name.indexOf("<<");
		String primary = separator < 0 ? name : name.substring(0, separator);
		String secondary = separator < 0 ? "" : name.substring(separator + 2);
		return new String[] { spaced(primary), spaced(secondary) };
	}

	private static String spaced(String part) {
		return part.replace('<', ' ').strip().replaceAll(" +", " ");
	}

	private String withoutFillers(MrzField field) {
		return field(field).replaceAll("<+$", "");
	}
}
