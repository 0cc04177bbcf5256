package org.crm.enlace.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.CountryNames;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.model.CountryStatus;

/** What an account may work for and how the user reads it: member states by name, then the Secretariat and IOM. */
public final class Organizations {

	private Organizations() {
	}

	/** The member states' codes in catalogue order, then the Technical Secretariat and IOM. */
	public static List<String> codes() {
		List<String> codes = new ArrayList<>(CountryCatalog.entries().stream()
				.filter(e -> e.status() == CountryStatus.MEMBER).map(CountryCatalog.Entry::code).toList());
		codes.addAll(Owners.codes());
		return codes;
	}

	/** The country's or body's name in the user's language. */
	public static String name(String code) {
		return CountryCatalog.find(code).map(CountryCatalog::newCountry).map(CountryNames::of)
				.orElseGet(() -> Owners.name(code));
	}
}
