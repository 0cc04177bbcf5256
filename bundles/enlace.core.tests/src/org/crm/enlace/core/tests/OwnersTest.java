package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.Owners;
import org.junit.jupiter.api.Test;

/** The owners that are not countries: the Technical Secretariat and IOM. */
class OwnersTest {

	@Test
	void theirCodesAreUserAssignedAndBelongToNoCountry() {
		Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
		assertEquals(List.of("XST", "XOM"), Owners.codes());
		for (String code : Owners.codes()) {
			assertTrue(code.startsWith("X") && code.length() == 3, "in the X.. range ISO 3166 keeps for users");
			assertFalse(iso.contains(code), code);
			assertFalse(CountryCatalog.isKnown(code), code);
			assertTrue(Owners.isOwnerCode(code));
		}
		assertFalse(Owners.isOwnerCode("GTM"));
	}

	@Test
	void theirNamesFollowTheUsersLanguageWithSpanishAsTheDefault() {
		assertEquals("Secretaría Técnica de la Conferencia Regional sobre Migración",
				Owners.name(Owners.SECRETARIAT, Locale.forLanguageTag("es")));
		assertEquals("Technical Secretariat of the Regional Conference on Migration",
				Owners.name(Owners.SECRETARIAT, Locale.ENGLISH));
		assertEquals("Organisation internationale pour les migrations (OIM)", Owners.name(Owners.IOM, Locale.FRENCH));
		assertEquals("International Organization for Migration (IOM)", Owners.name(Owners.IOM, Locale.ENGLISH));
		assertEquals(Owners.name(Owners.IOM, Locale.forLanguageTag("es")), Owners.name(Owners.IOM, Locale.GERMAN));
	}
}
