package org.crm.enlace.intel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.CrossingValidator;
import org.crm.enlace.intel.Crossings;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.CrossingKind;
import org.junit.jupiter.api.Test;

/**
 * The rules of a border crossing point: its fields, coordinates on the globe, and near the countries it joins as
 * the shipped outlines place them (coordinates of real places; the crossings themselves are fictitious).
 */
class CrossingValidatorTest {

	@Test
	void aLandCrossingOnTheSuchiateBetweenGuatemalaAndMexicoIsValid() {
		assertEquals(List.of(), CrossingValidator.validate(crossing("GTM", "MEX", CrossingKind.LAND, 14.9633, -92.1461)));
		assertEquals(List.of(), CrossingValidator.validate(crossing("GTM", "MEX", CrossingKind.RIVER, 14.6767, -92.1484)));
	}

	@Test
	void coordinatesOffTheGlobeAreListedByField() {
		assertEquals(List.of("latitude"), fields(crossing("GTM", "MEX", CrossingKind.LAND, 95, -92.1461)));
		assertEquals(List.of("longitude"), fields(crossing("GTM", "MEX", CrossingKind.LAND, 14.9633, -200)));
		assertEquals(List.of("latitude"), fields(crossing("GTM", "MEX", CrossingKind.LAND, Double.NaN, -92.1)));
	}

	@Test
	void aLandCrossingFarFromTheNeighbourSaysHowFar() {
		// Guatemala City is inside Guatemala but some 160 km from Mexico.
		List<Problem> problems = CrossingValidator.validate(crossing("GTM", "MEX", CrossingKind.LAND, 14.6349, -90.5069));
		assertEquals(1, problems.size(), problems.toString());
		assertEquals("latitude", problems.getFirst().field());
		assertTrue(problems.getFirst().message().contains("MEX"), problems.getFirst().message());
		long km = Long.parseLong(problems.getFirst().message().replaceAll(".*? (\\d+) km.*", "$1"));
		assertTrue(km > 100 && km < 250, "Guatemala City to the Mexican border: " + km + " km");

		// The middle of the Gulf of Mexico is far from both.
		assertEquals(2, CrossingValidator.validate(crossing("GTM", "MEX", CrossingKind.LAND, 25.0, -90.0)).size());
	}

	@Test
	void anAirportOrAPortNeedsOnlyToBeInItsOwnCountry() {
		// La Aurora airport, Guatemala City, with flights to the United States; Puerto Quetzal on the Pacific.
		assertEquals(List.of(), CrossingValidator.validate(crossing("GTM", "USA", CrossingKind.AIR, 14.5833, -90.5275)));
		assertEquals(List.of(), CrossingValidator.validate(crossing("GTM", "MEX", CrossingKind.SEA, 13.9236, -90.7867)));
		assertEquals(List.of("latitude"),
				fields(crossing("GTM", "USA", CrossingKind.AIR, 19.4363, -99.0721)), "Mexico City's airport");
	}

	@Test
	void namesCountriesAndTheOwnerAreChecked() {
		BorderCrossing unnamed = crossing("GTM", "MEX", CrossingKind.LAND, 14.9633, -92.1461);
		unnamed.setName("  ");
		assertEquals(List.of("name"), fields(unnamed));
		assertEquals(List.of("otherCountry"), fields(crossing("GTM", "GTM", CrossingKind.LAND, 14.9633, -92.1461)));
		assertEquals(List.of("otherCountry"), fields(crossing("GTM", "XYZ", CrossingKind.LAND, 14.9633, -92.1461)));
		assertEquals(List.of("otherCountry"), fields(crossing("GTM", null, CrossingKind.LAND, 14.9633, -92.1461)));
		BorderCrossing elsewhere = crossing("GTM", "MEX", CrossingKind.LAND, 14.9633, -92.1461);
		elsewhere.setOwnerCountry("HND");
		assertEquals(List.of("country"), fields(elsewhere), "Honduras does not keep a Guatemala-Mexico crossing");
	}

	private static BorderCrossing crossing(String country, String other, CrossingKind kind, double latitude,
			double longitude) {
		BorderCrossing crossing = Crossings.newCrossing(country, latitude, longitude);
		crossing.setName("Paso ficticio de prueba");
		crossing.setOtherCountry(other);
		crossing.setKind(kind);
		return crossing;
	}

	private static List<String> fields(BorderCrossing crossing) {
		return CrossingValidator.validate(crossing).stream().map(Problem::field).toList();
	}
}
