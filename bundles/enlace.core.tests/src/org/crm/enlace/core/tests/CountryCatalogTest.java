package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.CountryNames;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.junit.jupiter.api.Test;

class CountryCatalogTest {

	@Test
	void theConferenceHasElevenMembersAndFiveObservers() {
		List<String> members = codes(CountryStatus.MEMBER);
		assertEquals(List.of("BLZ", "CAN", "CRI", "DOM", "SLV", "GTM", "HND", "MEX", "NIC", "PAN", "USA"), members);
		assertEquals(List.of("ARG", "COL", "ECU", "JAM", "PER"), codes(CountryStatus.OBSERVER));
	}

	@Test
	void everyCodeIsAnIsoAlpha3CodeAndEveryNameIsGivenInThreeLanguages() {
		Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
		for (CountryCatalog.Entry entry : CountryCatalog.entries()) {
			assertTrue(iso.contains(entry.code()), entry.code());
			assertTrue(!entry.nameEs().isBlank() && !entry.nameEn().isBlank() && !entry.nameFr().isBlank(),
					entry.code());
		}
		assertEquals("México", CountryCatalog.find("MEX").orElseThrow().nameEs());
	}

	@Test
	void countryRecordsHaveStableUuidsOwnedByTheCountryItself() {
		Country guatemala = CountryCatalog.newCountries().stream().filter(c -> c.getCode().equals("GTM"))
				.findFirst().orElseThrow();
		assertEquals("GTM", guatemala.getOwnerCountry());
		assertEquals(Releasability.NETWORK, guatemala.getReleasability(), "reference data the whole network sees");
		assertEquals(Tlp.CLEAR, guatemala.getTlp());
		assertEquals(guatemala.getId(), ReferenceData.stableId("country", "GTM"));
		assertEquals(guatemala.getId(), UUID.fromString(guatemala.getId()).toString());
		assertNotEquals(ReferenceData.stableId("country", "GTM"), ReferenceData.stableId("country", "MEX"));
	}

	@Test
	void namesFollowTheUsersLanguageWithSpanishAsTheDefault() {
		Country mexico = CountryCatalog.newCountry(CountryCatalog.find("MEX").orElseThrow());
		assertEquals("México", CountryNames.of(mexico, Locale.forLanguageTag("es")));
		assertEquals("Mexico", CountryNames.of(mexico, Locale.ENGLISH));
		assertEquals("Mexique", CountryNames.of(mexico, Locale.FRENCH));
		assertEquals("México", CountryNames.of(mexico, Locale.GERMAN));
	}

	private static List<String> codes(CountryStatus status) {
		return CountryCatalog.entries().stream().filter(e -> e.status() == status).map(CountryCatalog.Entry::code)
				.toList();
	}
}
