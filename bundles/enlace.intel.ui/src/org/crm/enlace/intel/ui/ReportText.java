package org.crm.enlace.intel.ui;

import java.util.Objects;

import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.ui.internal.Messages;

/** How a report is named in lists: its owner and title. */
final class ReportText {

	private ReportText() {
	}

	static String title(SmugglingReport report) {
		return Messages.format("report.line", report.getOwnerCountry(), Objects.toString(report.getTitle(), ""));
	}

	static String period(SmugglingReport report) {
		return Messages.format("report.period", Objects.toString(report.getObservedFrom(), "…"),
				Objects.toString(report.getObservedTo(), "…"));
	}

	static String modality(SmugglingReport report) {
		return report.isSetModality() ? Messages.get("modality." + report.getModality().getName()) : "";
	}
}
