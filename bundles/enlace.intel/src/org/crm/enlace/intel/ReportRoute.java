package org.crm.enlace.intel;

import java.util.List;

import org.crm.enlace.geo.Route;
import org.crm.enlace.intel.model.SmugglingReport;

/**
 * A report's route as the map draws it. The map hands these objects back when a waypoint is clicked, so
 * {@link #report()} tells which reports pass through it.
 */
public record ReportRoute(SmugglingReport report) implements Route {

	@Override
	public List<StepWaypoint> waypoints() {
		return report.getRoute().stream().map(StepWaypoint::new).toList();
	}

	/** The routes of these reports, leaving out those with no waypoint at all. */
	public static List<ReportRoute> of(List<SmugglingReport> reports) {
		return reports.stream().filter(r -> !r.getRoute().isEmpty()).map(ReportRoute::new).toList();
	}
}
