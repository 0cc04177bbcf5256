package org.crm.enlace.geo;

import java.util.List;

/**
 * An ordered list of waypoints the map draws as one line. A report adapts its route to this; the map hands the same
 * objects back when a user clicks a waypoint, so a caller finds its reports by identity.
 */
public interface Route {

	/** In travel order; a valid route has at least two ({@link RouteValidator}). */
	List<? extends Waypoint> waypoints();
}
