package org.crm.enlace.intel.ui;

import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/** Opens the report editor beside a part: on a stored report, or on a new one. */
@Creatable
public final class ReportEditors {

	public static final String DESCRIPTOR = "enlace.intel.ui.partdescriptor.reportEditor";
	static final String REPORT_ID = "enlace.intel.report.id";

	private final EPartService partService;

	@Inject
	public ReportEditors(EPartService partService) {
		this.partService = partService;
	}

	/** @param report {@code null} for a new report */
	public MPart open(MPart beside, SmugglingReport report) {
		MPart editor = partService.createPart(DESCRIPTOR);
		if (report != null) {
			editor.getTransientData().put(REPORT_ID, report.getId());
		}
		return partService.showPart(EditorPlacement.addBeside(beside, editor), PartState.ACTIVATE);
	}
}
