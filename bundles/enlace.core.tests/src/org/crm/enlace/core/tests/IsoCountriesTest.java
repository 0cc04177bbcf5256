package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.country.Owners;
import org.junit.jupiter.api.Test;

class IsoCountriesTest {

	@Test
	void everyIsoAlpha3CodeAndKosovoAreKnownInUpperCaseOnly() {
		assertTrue(IsoCountries.codes().containsAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)));
		assertTrue(IsoCountries.isKnown("XKX"), "Kosovo, as travel data sets write it");
		assertTrue(IsoCountries.isKnown("AFG") && IsoCountries.isKnown("ZWE"));
		CountryCatalog.entries().forEach(e -> assertTrue(IsoCountries.isKnown(e.code()), e.code()));
		assertFalse(IsoCountries.isKnown("gtm"));
		assertFalse(IsoCountries.isKnown("GT"));
		assertFalse(IsoCountries.isKnown("QQQ"));
		assertFalse(IsoCountries.isKnown(null));
		Owners.codes().forEach(code -> assertFalse(IsoCountries.isKnown(code), code + " is an organization"));
		assertTrue(IsoCountries.codes().first().compareTo(IsoCountries.codes().last()) < 0, "sorted");
	}
}
