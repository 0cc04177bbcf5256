package org.crm.enlace.geo.ui;

import java.util.List;
import java.util.Set;

import org.crm.enlace.geo.Route;
import org.crm.enlace.geo.WaypointKind;

/**
 * A waypoint a user clicked: where it is and every route through it (the route objects given to the map, in the
 * order given), whatever kind of waypoint it is on each.
 *
 * @param place   the name the first route through it gives; may be empty
 * @param country ISO 3166-1 alpha-3
 * @param kinds   what the point is on the routes through it (an origin of one can be a transit of another)
 */
public record WaypointSelection(double latitude, double longitude, String place, String country,
		Set<WaypointKind> kinds, List<Route> routes) {

	public WaypointSelection {
		kinds = Set.copyOf(kinds);
		routes = List.copyOf(routes);
	}
}
