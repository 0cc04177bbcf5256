package org.crm.enlace.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.geo.Boundaries;
import org.crm.enlace.geo.Gazetteer;
import org.crm.enlace.geo.Place;
import org.crm.enlace.geo.Ring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The boundaries and the gazetteer the bundle ships, read as the product reads them. */
class ShippedDataTest {

	private static final Set<String> MEMBERS = Set.of("BLZ", "CAN", "CRI", "DOM", "SLV", "GTM", "HND", "MEX", "NIC",
			"PAN", "USA");
	private static final Set<String> ALSO_PLACES = Set.of("COL", "ECU", "VEN", "CUB", "HTI");

	@Test
	void everyRingAndPointOfTheBoundaryFileIsRead() {
		Boundaries boundaries = Boundaries.shipped();
		// The counts releng/geodata/convert.js printed when it wrote the file: change them with the data.
		assertEquals(726, boundaries.rings().size());
		assertEquals(39_216, boundaries.rings().stream().mapToInt(Ring::size).sum());
		assertTrue(boundaries.source().contains("Natural Earth"), boundaries.source());
		assertSame(boundaries, Boundaries.shipped(), "read once");
		for (Ring ring : boundaries.rings()) {
			assertEquals(ring.longitude(0), ring.longitude(ring.size() - 1), "closed ring of " + ring.country());
			assertEquals(ring.latitude(0), ring.latitude(ring.size() - 1), "closed ring of " + ring.country());
		}
	}

	@Test
	void everyMemberAndTheCountriesRoutesComeFromHaveDetailedOutlines() {
		Boundaries boundaries = Boundaries.shipped();
		for (String code : union(MEMBERS, ALSO_PLACES, Set.of("BRA", "PER", "JAM", "BHS", "PRI"))) {
			assertTrue(boundaries.rings().stream().anyMatch(r -> r.country().equals(code) && r.detailed()), code);
		}
		for (String code : Set.of("ESP", "NGA", "CHN", "IND")) {
			assertTrue(boundaries.rings().stream().anyMatch(r -> r.country().equals(code) && !r.detailed()),
					"coarse outline of " + code);
		}
		assertTrue(boundaries.countries().stream().allMatch(code -> code.matches("[A-Z]{3}")));
		assertTrue(boundaries.countries().size() > 170, "most of the world: " + boundaries.countries().size());
		assertTrue(!boundaries.countries().contains("ATA"), "Antarctica is left out");
	}

	@ParameterizedTest
	@CsvSource({ "14.64072,-90.51327,GTM", "14.90385,-92.25749,MEX", "9.93333,-84.08333,CRI", "32.5027,-117.00371,MEX",
			"32.7948,-116.9625,USA", "19.143,-72.004,HTI", "19.4517,-70.6970,DOM", "22.4069,-79.9647,CUB",
			"4.60971,-74.08175,COL", "45.42178,-75.69119,CAN", "40.4168,-3.7038,ESP" })
	void landBelongsToItsCountry(double latitude, double longitude, String country) {
		assertEquals(Optional.of(country), Boundaries.shipped().countryAt(latitude, longitude));
	}

	@ParameterizedTest
	@CsvSource({ "25,-90", "15,-75", "12,-93", "30,-60", "0,-100" })
	void theGulfTheCaribbeanAndTheOceansAreSea(double latitude, double longitude) {
		assertEquals(Optional.empty(), Boundaries.shipped().countryAt(latitude, longitude));
	}

	@Test
	void theGazetteerHasThePlacesOfTheMembersAndOfColombiaEcuadorVenezuelaCubaAndHaiti() {
		Gazetteer gazetteer = Gazetteer.shipped();
		assertEquals(30_694, gazetteer.size(), "the count convert.js printed");
		assertEquals(union(MEMBERS, ALSO_PLACES, Set.of()), gazetteer.countries());
		assertSame(gazetteer, Gazetteer.shipped(), "read once");
		assertEquals(16, gazetteer.capitals().size(), "one capital per country");
	}

	@Test
	void tapachulaIsFoundInMexico() {
		List<Place> found = Gazetteer.shipped().find("Tapachula", "MEX", 5);
		Place tapachula = found.get(0);
		assertEquals("Tapachula", tapachula.name());
		assertEquals("MEX", tapachula.country());
		assertEquals("05", tapachula.admin1(), "Chiapas");
		assertEquals(14.90385, tapachula.latitude(), 1e-9);
		assertEquals(-92.25749, tapachula.longitude(), 1e-9);
		assertEquals(3516266, tapachula.geonameId());
		assertEquals(List.of(), Gazetteer.shipped().find("Tapachula", "GTM", 5), "within the country asked for");
	}

	@Test
	void bothCiudadHidalgosAreFoundTheLargerFirstAndTheStateTellsThemApart() {
		List<Place> found = Gazetteer.shipped().find("Ciudad Hidalgo", "MEX", 10);
		assertEquals(List.of("16", "05"), found.stream().map(Place::admin1).toList(), "Michoacán, then Chiapas");
		assertTrue(found.get(0).population() > found.get(1).population());
	}

	@ParameterizedTest
	@ValueSource(strings = { "San José", "san jose", "SAN JOSÉ", "San  Jose", "  san josé" })
	void sanJoseOfCostaRicaIsFoundWhateverTheAccentsAndCase(String query) {
		Place first = Gazetteer.shipped().find(query, "CRI", 5).get(0);
		assertEquals("San José", first.name());
		assertTrue(first.isCapital(), "the capital is the most populous San José");
	}

	@Test
	void accentsInTheDataAreFoldedToo() {
		assertEquals("Cañas", Gazetteer.shipped().find("canas", "CRI", 1).get(0).name());
		assertEquals("Cancún", Gazetteer.shipped().find("CANCUN", "MEX", 1).get(0).name());
	}

	@Test
	void aPrefixWithoutCountryLooksInEveryCountryTheMostPopulousFirst() {
		List<Place> found = Gazetteer.shipped().find("san pedro", "", 200);
		assertEquals(List.of("San Pedro Sula", "San Pedro de Macorís"),
				found.stream().limit(2).map(Place::name).toList());
		assertTrue(found.stream().map(Place::country).distinct().count() >= 10, "many countries");
		assertTrue(found.stream().anyMatch(p -> p.name().equals("San Pédro Jocopilas")), "accents in the data fold too");
		List<String> others = found.stream().map(Place::name)
				.filter(name -> !name.startsWith("San Pedro") && !name.equals("San Pédro Jocopilas")).toList();
		assertEquals(List.of(), others);
	}

	@Test
	void theNearestPlaceIsFoundWithinACountryOrAnywhere() {
		Gazetteer gazetteer = Gazetteer.shipped();
		// A point on the Suchiate, between Ciudad Hidalgo (MEX) and Ciudad Tecún Umán (GTM).
		assertEquals("Ciudad Hidalgo", gazetteer.nearest(14.681, -92.150, "MEX").orElseThrow().name());
		assertEquals("Ciudad Tecún Umán", gazetteer.nearest(14.678, -92.141, "GTM").orElseThrow().name());
		assertEquals("Guatemala City", gazetteer.nearest(14.6410, -90.5130).orElseThrow().name());
		assertEquals(Optional.empty(), gazetteer.nearest(14.6, -90.5, "ARG"), "no places of Argentina are shipped");
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		java.util.Set<String> all = new java.util.TreeSet<>();
		for (Set<String> set : sets) {
			all.addAll(set);
		}
		return all;
	}
}
