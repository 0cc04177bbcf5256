package org.crm.enlace.intel.ui;

import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.ui.internal.Messages;

/** A crossing's kind, status and point as the list shows them. */
final class CrossingText {

	private CrossingText() {
	}

	static String kind(BorderCrossing crossing) {
		return crossing.getKind() == null ? "" : Messages.get("crossing.CrossingKind." + crossing.getKind().getName());
	}

	static String status(BorderCrossing crossing) {
		return crossing.getStatus() == null ? ""
				: Messages.get("crossing.CrossingStatus." + crossing.getStatus().getName());
	}

	/** Latitude and longitude in degrees with a decimal point whatever the language, as the editor's fields take them. */
	static String point(BorderCrossing crossing) {
		return Messages.format("crossing.point", Double.toString(crossing.getLatitude()),
				Double.toString(crossing.getLongitude()));
	}
}
