package org.crm.enlace.intel;

import java.time.LocalDate;
import java.util.Objects;

import org.crm.enlace.intel.model.Modality;

/**
 * What an analyst narrows the reports to. Every value may be absent (null or empty): then it does not narrow.
 *
 * @param country  alpha-3 code among the report's countries
 * @param term     a modus-operandi code
 * @param from     with {@code to}, a period the report's observed period must overlap
 * @param place    the name of a route waypoint, case and accents ignored
 * @param text     a full-text query in the store's syntax
 */
public record ReportFilter(String country, Modality modality, String term, LocalDate from, LocalDate to,
		String place, String text) {

	public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null, null);

	public ReportFilter {
		country = blankToNull(country);
		term = blankToNull(term);
		place = blankToNull(place);
		text = blankToNull(text);
	}

	public ReportFilter withCountry(String value) {
		return new ReportFilter(value, modality, term, from, to, place, text);
	}

	public ReportFilter withModality(Modality value) {
		return new ReportFilter(country, value, term, from, to, place, text);
	}

	public ReportFilter withTerm(String value) {
		return new ReportFilter(country, modality, value, from, to, place, text);
	}

	public ReportFilter withPeriod(LocalDate fromValue, LocalDate toValue) {
		return new ReportFilter(country, modality, term, fromValue, toValue, place, text);
	}

	public ReportFilter withPlace(String value) {
		return new ReportFilter(country, modality, term, from, to, value, text);
	}

	public ReportFilter withText(String value) {
		return new ReportFilter(country, modality, term, from, to, place, value);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	boolean hasText() {
		return Objects.nonNull(text);
	}
}
