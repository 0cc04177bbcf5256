package org.crm.enlace.app.handlers;

import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Lists, under Window > Perspective, the perspectives that the user's role may see. */
public final class PerspectiveMenu {

	@AboutToShow
	void aboutToShow(List<MMenuElement> items, MApplication application, EModelService modelService) {
		MCommand command = modelService.findElements(application, "enlace.command.switchPerspective", MCommand.class)
				.stream().findFirst().orElse(null);
		if (command == null) {
			return;
		}
		for (MPerspective perspective : modelService.findElements(application, null, MPerspective.class)) {
			if (!perspective.isToBeRendered()) {
				continue;
			}
			MHandledMenuItem item = modelService.createModelElement(MHandledMenuItem.class);
			item.setLabel(perspective.getLocalizedLabel());
			item.setCommand(command);
			MParameter parameter = modelService.createModelElement(MParameter.class);
			parameter.setName(SwitchPerspectiveHandler.PARAMETER);
			parameter.setValue(perspective.getElementId());
			item.getParameters().add(parameter);
			items.add(item);
		}
	}
}
