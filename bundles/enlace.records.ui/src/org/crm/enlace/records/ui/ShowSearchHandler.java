package org.crm.enlace.records.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Ctrl+Shift+F: brings the perspective's Search part forward, activated, with the cursor in the query field. */
public final class ShowSearchHandler {

	@Execute
	void execute(MWindow window, EModelService models, EPartService parts, UISynchronize ui) {
		MPart part = RecordParts.show(window, models, parts, RecordParts.SEARCH_TAG, RecordParts.SEARCH_DESCRIPTOR,
				PartState.ACTIVATE);
		// Activating a part that is active already does not move the focus back to its field; and an activation
		// still pending (another part's, from the previous click) may take the focus after us: ask once more later.
		if (part != null && part.getObject() instanceof SearchPart search) {
			search.focusQuery();
			ui.asyncExec(search::focusQuery);
		}
	}
}
