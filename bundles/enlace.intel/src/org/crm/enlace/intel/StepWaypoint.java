package org.crm.enlace.intel;

import java.util.Objects;

import org.crm.enlace.geo.Waypoint;
import org.crm.enlace.geo.WaypointKind;
import org.crm.enlace.intel.model.RouteStep;

/** A report's route step as the map sees it. */
public record StepWaypoint(RouteStep step) implements Waypoint {

	@Override
	public String place() {
		return Objects.requireNonNullElse(step.getPlace(), "");
	}

	@Override
	public String country() {
		return Objects.requireNonNullElse(step.getCountry(), "");
	}

	@Override
	public double latitude() {
		return step.getLatitude();
	}

	@Override
	public double longitude() {
		return step.getLongitude();
	}

	/** The model's kind has the same literals as the map's; a step without one has none. */
	@Override
	public WaypointKind kind() {
		return step.getKind() == null ? null : WaypointKind.valueOf(step.getKind().getName());
	}

	@Override
	public String transportToNext() {
		return Objects.requireNonNullElse(step.getTransportToNext(), "");
	}
}
