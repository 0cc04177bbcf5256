package org.crm.enlace.mrz.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.CountryNames;
import org.crm.enlace.mrz.Mrz;
import org.crm.enlace.mrz.MrzField;
import org.crm.enlace.mrz.MrzFormat;
import org.crm.enlace.mrz.Transliteration;
import org.crm.enlace.mrz.ZoneDates;
import org.crm.enlace.mrz.ui.internal.Messages;

/**
 * The rows of the checker's field table: each field's name, its text as in the zone (fillers dropped, or as spaces
 * between a name's words) and a reading where one helps: a country's name from the conference's catalogue, how a
 * name may have been written with accents, a date as ISO 8601, the sex spelled out. Never logged: the rows hold a
 * person's data.
 */
public final class ZoneFields {

	/** One row; {@code reading} is empty when there is nothing to add to the zone's text. */
	public record Row(String label, String zone, String reading) {
	}

	private ZoneFields() {
	}

	public static List<Row> of(Mrz mrz, LocalDate today) {
		Locale locale = Locale.getDefault();
		List<Row> rows = new ArrayList<>();
		rows.add(row(MrzField.DOCUMENT_CODE, mrz.documentCode(), ""));
		rows.add(row(MrzField.ISSUING_STATE, mrz.issuingState(), country(mrz.issuingState(), locale)));
		rows.add(new Row(Messages.get("field.primaryIdentifier"), mrz.primaryIdentifier(),
				name(mrz.primaryIdentifier())));
		rows.add(new Row(Messages.get("field.secondaryIdentifier"),
				mrz.secondaryIdentifier(), name(mrz.secondaryIdentifier())));
		rows.add(row(MrzField.DOCUMENT_NUMBER, mrz.documentNumber(), ""));
		rows.add(row(MrzField.NATIONALITY, mrz.nationality(), country(mrz.nationality(), locale)));
		rows.add(row(MrzField.DATE_OF_BIRTH, mrz.dateOfBirth(), date(ZoneDates.birth(mrz.dateOfBirth(), today))));
		rows.add(row(MrzField.SEX, mrz.sex(), "MFX".contains(mrz.sex()) ? Messages.get("sex." + mrz.sex()) : ""));
		rows.add(row(MrzField.DATE_OF_EXPIRY, mrz.dateOfExpiry(),
				date(ZoneDates.expiry(mrz.dateOfExpiry(), today))));
		rows.add(row(MrzField.OPTIONAL_DATA, mrz.optionalData(), ""));
		if (mrz.format() == MrzFormat.TD1) {
			rows.add(row(MrzField.OPTIONAL_DATA_2, mrz.optionalData2(), ""));
		}
		return rows;
	}

	private static Row row(MrzField field, String zone, String reading) {
		return new Row(field.label(Locale.getDefault()), zone, reading);
	}

	/* The catalogue knows the conference's countries; other codes (UTO, D for Germany...) stay as they are. */
	private static String country(String code, Locale locale) {
		return CountryCatalog.find(code).map(entry -> CountryNames.of(CountryCatalog.newCountry(entry), locale))
				.orElse("");
	}

	/* "NUNEZ; perhaps with accents: N → Ñ, U → Ù/Ú/Û/Ü, E → È/É/Ê/Ë"; a form only one letter has (NXX) is read back. */
	private static String name(String zone) {
		if (zone.isEmpty()) {
			return "";
		}
		Transliteration.Reading reading = Transliteration.read(zone);
		if (reading.alternatives().isEmpty()) {
			return reading.text().equals(zone) ? "" : reading.text();
		}
		String alternatives = reading.alternatives().stream()
				.map(a -> Messages.format("reading.alternative", a.mrz(), String.join("/", a.originals())))
				.collect(Collectors.joining(", "));
		return Messages.format("reading.name", reading.text(), alternatives);
	}

	private static String date(Optional<LocalDate> day) {
		return day.map(LocalDate::toString).orElse(Messages.get("date.unclear"));
	}
}
