package org.crm.enlace.geo.ui;

/** Told when a user clicks a waypoint of the map (not when dragging it). Called on the UI thread. */
@FunctionalInterface
public interface WaypointListener {

	void waypointSelected(WaypointSelection selection);
}
