package org.crm.enlace.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Saves the active part when it has unsaved changes. */
public final class SaveHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return part != null && part.isDirty();
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService partService) {
		partService.savePart(part, false);
	}
}
