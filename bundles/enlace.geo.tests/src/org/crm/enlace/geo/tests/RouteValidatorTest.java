package org.crm.enlace.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.geo.RouteValidator;
import org.crm.enlace.geo.SimpleRoute;
import org.crm.enlace.geo.SimpleWaypoint;
import org.crm.enlace.geo.WaypointKind;
import org.junit.jupiter.api.Test;

/** Coordinates and routes that cannot be drawn are listed as problems, in the user's language, never thrown. */
class RouteValidatorTest {

	private static final SimpleWaypoint TAPACHULA = new SimpleWaypoint("Tapachula", "MEX", 14.90385, -92.25749,
			WaypointKind.TRANSIT, "bus");
	private static final SimpleWaypoint GUATEMALA = new SimpleWaypoint("Guatemala City", "GTM", 14.64072, -90.51327,
			WaypointKind.ORIGIN, "bus");

	@Test
	void aRouteOfTwoValidWaypointsHasNoProblem() {
		assertEquals(List.of(), RouteValidator.validate(new SimpleRoute("ok", List.of(GUATEMALA, TAPACHULA))));
	}

	@Test
	void aRouteNeedsTwoWaypoints() {
		for (List<SimpleWaypoint> waypoints : List.of(List.<SimpleWaypoint>of(), List.of(GUATEMALA))) {
			List<Problem> problems = RouteValidator.validate(new SimpleRoute("short", waypoints));
			assertEquals(List.of("waypoints"), problems.stream().map(Problem::field).toList());
			assertTrue(problems.get(0).message().contains("al menos 2 puntos"), problems.get(0).message());
			assertTrue(problems.get(0).message().contains("tiene " + waypoints.size()), problems.get(0).message());
		}
	}

	@Test
	void coordinatesOutOfRangeAreEachAProblemNamingTheWaypoint() {
		SimpleWaypoint north = new SimpleWaypoint("", "MEX", 90.5, -92, WaypointKind.TRANSIT, "");
		SimpleWaypoint west = new SimpleWaypoint("", "GTM", 14, -180.25, WaypointKind.DESTINATION, "");
		SimpleWaypoint nowhere = new SimpleWaypoint("", "GTM", Double.NaN, Double.NaN, WaypointKind.TRANSIT, "");
		List<Problem> problems = RouteValidator
				.validate(new SimpleRoute("bad", List.of(GUATEMALA, north, west, nowhere)));
		assertEquals(List.of("waypoints[1].latitude", "waypoints[2].longitude", "waypoints[3].latitude",
				"waypoints[3].longitude"), problems.stream().map(Problem::field).toList());
		assertTrue(problems.get(0).message().startsWith("Punto 2 de la ruta: la latitud 90,5 no está entre -90 y 90"),
				problems.get(0).message());
		assertTrue(problems.get(1).message().startsWith("Punto 3 de la ruta: la longitud -180,25"),
				problems.get(1).message());
	}

	@Test
	void theLimitsThemselvesAreValid() {
		assertEquals(List.of(), RouteValidator.coordinates("point", 90, 180));
		assertEquals(List.of(), RouteValidator.coordinates("point", -90, -180));
		assertEquals(List.of("point.latitude", "point.longitude"),
				RouteValidator.coordinates("point", -90.0001, 180.0001).stream().map(Problem::field).toList());
	}

	@Test
	void aCountryMustBeAnAlpha3CodeAndAKindMustBeGiven() {
		SimpleWaypoint alpha2 = new SimpleWaypoint("Tapachula", "MX", 14.9, -92.3, WaypointKind.TRANSIT, "");
		SimpleWaypoint unknown = new SimpleWaypoint("", "XYZ", 14.9, -92.3, WaypointKind.TRANSIT, "");
		SimpleWaypoint noKind = new SimpleWaypoint("", "MEX", 14.9, -92.3, null, "");
		List<Problem> problems = RouteValidator
				.validate(new SimpleRoute("codes", List.of(alpha2, unknown, noKind)));
		assertEquals(List.of("waypoints[0].country", "waypoints[1].country", "waypoints[2].kind"),
				problems.stream().map(Problem::field).toList());
		assertTrue(problems.stream().noneMatch(p -> p.message().contains("Tapachula")),
				"messages name the waypoint's number, not what the user typed");
	}
}
