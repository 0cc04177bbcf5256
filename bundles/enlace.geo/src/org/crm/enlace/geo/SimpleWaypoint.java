package org.crm.enlace.geo;

import java.util.Objects;

/** A waypoint held as plain values: for tests, benchmarks and callers without a model of their own. */
public record SimpleWaypoint(String place, String country, double latitude, double longitude, WaypointKind kind,
		String transportToNext) implements Waypoint {

	public SimpleWaypoint {
		place = Objects.requireNonNullElse(place, "");
		country = Objects.requireNonNullElse(country, "");
		transportToNext = Objects.requireNonNullElse(transportToNext, "");
	}

	/** A waypoint at a gazetteer place. */
	public static SimpleWaypoint at(Place place, WaypointKind kind, String transportToNext) {
		return new SimpleWaypoint(place.name(), place.country(), place.latitude(), place.longitude(), kind,
				transportToNext);
	}
}
