package org.crm.enlace.intel.tests;

import org.crm.enlace.intel.RouteSteps;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.intel.model.Modality;
import org.crm.enlace.intel.model.RouteStep;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.model.StepKind;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/** Fictitious reports built step by step in tests. */
final class Reports {

	private Reports() {
	}

	static SmugglingReport report(String title) {
		SmugglingReport report = IntelFactory.eINSTANCE.createSmugglingReport();
		report.setTitle(title);
		report.setModality(Modality.LAND);
		report.setReleasability(Releasability.ALL_MEMBERS);
		report.setTlp(Tlp.AMBER);
		report.setHandlingCode(HandlingCode.H1);
		return report;
	}

	static RouteStep step(SmugglingReport report, String place, String country, double latitude, double longitude,
			StepKind kind, String transport) {
		RouteStep step = RouteSteps.create(place, country, latitude, longitude, kind, transport);
		report.getRoute().add(step);
		return step;
	}
}
