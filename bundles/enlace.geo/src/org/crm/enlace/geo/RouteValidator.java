package org.crm.enlace.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.geo.internal.Messages;

/**
 * Checks coordinates and routes before they are stored or drawn. Every problem is listed; none is thrown. Messages
 * say which waypoint (by its number) and which rule, never the place's name.
 */
public final class RouteValidator {

	public static final int MIN_WAYPOINTS = 2;
	private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

	private RouteValidator() {
	}

	/**
	 * Problems of one coordinate pair: a latitude outside -90..90 or a longitude outside -180..180 (or not a number).
	 *
	 * @param field the name the problems carry, e.g. {@code waypoints[2]}; {@code .latitude} or {@code .longitude}
	 *              is appended
	 */
	public static List<Problem> coordinates(String field, double latitude, double longitude) {
		List<Problem> problems = new ArrayList<>();
		if (!(latitude >= -90 && latitude <= 90)) {
			problems.add(new Problem(field + ".latitude", Messages.format("validation.latitude", latitude)));
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			problems.add(new Problem(field + ".longitude", Messages.format("validation.longitude", longitude)));
		}
		return problems;
	}

	/**
	 * Problems of a route: fewer than {@value #MIN_WAYPOINTS} waypoints, and for each waypoint its coordinates, a
	 * country that is not an ISO 3166-1 alpha-3 code, a missing kind.
	 */
	public static List<Problem> validate(Route route) {
		List<Problem> problems = new ArrayList<>();
		List<? extends Waypoint> waypoints = route.waypoints();
		if (waypoints.size() < MIN_WAYPOINTS) {
			problems.add(new Problem("waypoints",
					Messages.format("validation.tooFewWaypoints", MIN_WAYPOINTS, waypoints.size())));
		}
		for (int i = 0; i < waypoints.size(); i++) {
			Waypoint waypoint = waypoints.get(i);
			String field = "waypoints[" + i + "]";
			for (Problem problem : coordinates(field, waypoint.latitude(), waypoint.longitude())) {
				problems.add(new Problem(problem.field(), Messages.format("validation.waypoint", i + 1,
						problem.message())));
			}
			if (waypoint.country() == null || !ALPHA3.contains(waypoint.country())) {
				problems.add(new Problem(field + ".country", Messages.format("validation.country", i + 1)));
			}
			if (waypoint.kind() == null) {
				problems.add(new Problem(field + ".kind", Messages.format("validation.kind", i + 1)));
			}
		}
		return problems;
	}
}
