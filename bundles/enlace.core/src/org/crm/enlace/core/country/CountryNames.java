package org.crm.enlace.core.country;

import java.util.Locale;

import org.crm.enlace.model.Country;

/** A country's name in the user's language: Spanish unless the user works in English or French. */
public final class CountryNames {

	private CountryNames() {
	}

	public static String of(Country country, Locale locale) {
		String name = switch (locale.getLanguage()) {
		case "en" -> country.getNameEn();
		case "fr" -> country.getNameFr();
		default -> country.getNameEs();
		};
		return name == null || name.isBlank() ? country.getNameEs() : name;
	}

	/** In the user's language (the JVM's default locale, which the launcher sets). */
	public static String of(Country country) {
		return of(country, Locale.getDefault());
	}
}
