package org.crm.enlace.intel;

import org.crm.enlace.geo.Place;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.intel.model.RouteStep;
import org.crm.enlace.intel.model.StepKind;

/** Makes route steps from values or from a gazetteer place. */
public final class RouteSteps {

	private RouteSteps() {
	}

	public static RouteStep create(String place, String country, double latitude, double longitude, StepKind kind,
			String transportToNext) {
		RouteStep step = IntelFactory.eINSTANCE.createRouteStep();
		step.setPlace(place);
		step.setCountry(country);
		step.setLatitude(latitude);
		step.setLongitude(longitude);
		step.setKind(kind);
		step.setTransportToNext(transportToNext);
		return step;
	}

	public static RouteStep at(Place place, StepKind kind) {
		return create(place.name(), place.country(), place.latitude(), place.longitude(), kind, "");
	}
}
