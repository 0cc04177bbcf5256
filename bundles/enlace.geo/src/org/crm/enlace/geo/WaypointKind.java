package org.crm.enlace.geo;

/** What a waypoint is on a route: where it starts, passes, crosses a border or ends. */
public enum WaypointKind {
	ORIGIN, TRANSIT, BORDER_CROSSING, DESTINATION
}
