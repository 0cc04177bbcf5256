package org.crm.enlace.app.lifecycle;

import java.util.List;

import org.crm.enlace.core.user.Role;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Shows the perspectives of a role and hides the others; the role's first perspective is selected. */
final class RolePerspectives {

	private RolePerspectives() {
	}

	static void apply(MApplication application, EModelService modelService, Role role) {
		List<String> allowed = role.perspectiveIds();
		for (MPerspectiveStack stack : modelService.findElements(application, null, MPerspectiveStack.class)) {
			for (MPerspective perspective : stack.getChildren()) {
				boolean show = allowed.contains(perspective.getElementId());
				perspective.setToBeRendered(show);
				perspective.setVisible(show);
				if (perspective.getElementId().equals(allowed.get(0))) {
					stack.setSelectedElement(perspective);
				}
			}
		}
	}
}
