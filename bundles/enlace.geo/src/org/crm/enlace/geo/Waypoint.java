package org.crm.enlace.geo;

/**
 * One point of a route as the map needs it. Small on purpose: a modus-operandi report's route step adapts to it
 * without the map knowing reports.
 */
public interface Waypoint {

	/** The place's name as the user or the gazetteer gave it; may be empty for a bare coordinate. */
	String place();

	/** ISO 3166-1 alpha-3 code of the country the point is in. */
	String country();

	/** Degrees north, WGS 84; valid from -90 to 90 ({@link RouteValidator}). */
	double latitude();

	/** Degrees east, WGS 84; valid from -180 to 180. */
	double longitude();

	WaypointKind kind();

	/**
	 * How the route goes on from here to the next waypoint: a term of the report's transport vocabulary (data, not an
	 * enum: countries add terms); empty for the last waypoint or when unknown.
	 */
	String transportToNext();
}
