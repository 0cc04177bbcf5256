package org.crm.enlace.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** Redoes the last undone change in the active part. */
public final class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return EditingDomains.commandStackOf(part).map(s -> s.canRedo()).orElse(false);
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		EditingDomains.commandStackOf(part).ifPresent(s -> s.redo());
	}
}
