package org.crm.enlace.records.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window &gt; Records: brings the perspective's Records part forward, also after the user closed it. */
public final class ShowRecordsHandler {

	@Execute
	void execute(MWindow window, EModelService models, EPartService parts) {
		RecordParts.show(window, models, parts, RecordParts.RECORDS_TAG, RecordParts.RECORDS_DESCRIPTOR,
				PartState.ACTIVATE);
	}
}
