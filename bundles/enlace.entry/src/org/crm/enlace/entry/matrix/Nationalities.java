package org.crm.enlace.entry.matrix;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.IsoCountries;

/**
 * The name of every nationality of the matrix in the user's language: the conference's own catalogue for its
 * countries (the names its members agreed on), the JDK's ISO 3166 names for the rest, and Kosovo, which ISO 3166-1
 * does not list, from this bundle's messages.
 */
public final class Nationalities {

	private static final Map<String, String> ALPHA2 = alpha2ByAlpha3();

	private Nationalities() {
	}

	public static String name(String code, Locale locale) {
		return CountryCatalog.find(code).map(e -> switch (locale.getLanguage()) {
		case "en" -> e.nameEn();
		case "fr" -> e.nameFr();
		default -> e.nameEs();
		}).orElseGet(() -> jdkName(code, locale));
	}

	private static String jdkName(String code, Locale locale) {
		if (IsoCountries.KOSOVO.equals(code)) {
			return "Kosovo";
		}
		String alpha2 = ALPHA2.get(code);
		return alpha2 == null ? code : Locale.of("", alpha2).getDisplayCountry(locale);
	}

	private static Map<String, String> alpha2ByAlpha3() {
		Map<String, String> codes = new HashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			codes.put(Locale.of("", alpha2).getISO3Country(), alpha2);
		}
		return codes;
	}
}
