package org.crm.enlace.intel.ui;

import java.util.List;

import org.crm.enlace.intel.model.SmugglingReport;

/**
 * The reports the reports list shows now and the one selected, put into the application context so that the map
 * part, created later or in another stack, draws the same.
 *
 * @param selected empty when nothing is selected
 */
public record ShownReports(List<SmugglingReport> reports, List<SmugglingReport> selected) {

	public static final ShownReports NONE = new ShownReports(List.of(), List.of());

	public ShownReports {
		reports = List.copyOf(reports);
		selected = List.copyOf(selected);
	}

	/** What the map draws: the selected report, or every report shown when none is. */
	public List<SmugglingReport> onMap() {
		return selected.isEmpty() ? reports : selected;
	}
}
