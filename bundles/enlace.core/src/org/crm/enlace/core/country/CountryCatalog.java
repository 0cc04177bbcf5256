package org.crm.enlace.core.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.seed.ReferenceData;

import org.crm.enlace.model.Country;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/**
 * The conference's member and observer countries with their ISO 3166-1 alpha-3 codes and names in Spanish, English
 * and French, read from {@code countries.csv} beside this class.
 */
public final class CountryCatalog {

	private static final List<Entry> ENTRIES = read();

	/** One line of the catalogue. */
	public record Entry(String code, String nameEs, String nameEn, String nameFr, CountryStatus status) {
	}

	private CountryCatalog() {
	}

	public static List<Entry> entries() {
		return ENTRIES;
	}

	public static Optional<Entry> find(String code) {
		return ENTRIES.stream().filter(e -> e.code().equals(code)).findFirst();
	}

	public static boolean isKnown(String code) {
		return find(code).isPresent();
	}

	/** A new, unsaved Country record for the entry, owned by that country, public and released to all members. */
	public static Country newCountry(Entry entry) {
		Country country = EnlaceFactory.eINSTANCE.createCountry();
		country.setId(ReferenceData.stableId("country", entry.code()));
		country.setCode(entry.code());
		country.setOwnerCountry(entry.code());
		country.setNameEs(entry.nameEs());
		country.setNameEn(entry.nameEn());
		country.setNameFr(entry.nameFr());
		country.setStatus(entry.status());
		country.setReleasability(Releasability.NETWORK);
		country.setTlp(Tlp.CLEAR);
		return country;
	}

	/** Every country of the catalogue as a new, unsaved record with its stable id. */
	public static List<Country> newCountries() {
		return ENTRIES.stream().map(CountryCatalog::newCountry).toList();
	}

	private static List<Entry> read() {
		try (InputStream in = CountryCatalog.class.getResourceAsStream("countries.csv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
					.filter(line -> !line.isBlank() && !line.startsWith("#"))
					.map(line -> line.split(";", -1))
					.map(f -> new Entry(f[0], f[1], f[2], f[3], CountryStatus.valueOf(f[4])))
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
