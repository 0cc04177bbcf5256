package org.crm.enlace.app.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Switches to a perspective that the user's role may see. */
public final class SwitchPerspectiveHandler {

	public static final String PARAMETER = "enlace.commandparameter.perspectiveId";

	@CanExecute
	boolean canExecute(@Optional @Named(PARAMETER) String perspectiveId, MApplication application,
			EModelService modelService) {
		return perspectiveId != null && !visible(perspectiveId, application, modelService).isEmpty();
	}

	@Execute
	void execute(@Named(PARAMETER) String perspectiveId, MApplication application, EModelService modelService,
			EPartService partService) {
		visible(perspectiveId, application, modelService).stream().findFirst()
				.ifPresent(partService::switchPerspective);
	}

	private static List<MPerspective> visible(String id, MApplication application, EModelService modelService) {
		return modelService.findElements(application, id, MPerspective.class).stream()
				.filter(p -> p.isToBeRendered() && p.isVisible())
				.toList();
	}
}
