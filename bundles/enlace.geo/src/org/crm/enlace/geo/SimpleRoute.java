package org.crm.enlace.geo;

import java.util.List;

/** A route held as a plain list; {@code name} is for people reading a test or a benchmark, the map ignores it. */
public record SimpleRoute(String name, List<SimpleWaypoint> waypoints) implements Route {

	public SimpleRoute {
		waypoints = List.copyOf(waypoints);
	}
}
