package org.crm.enlace.app.handlers;

import org.crm.enlace.app.internal.Messages;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Closes the workbench, asking first when a part holds unsaved changes. */
public final class QuitHandler {

	@Execute
	void execute(IWorkbench workbench, EPartService partService, Shell shell) {
		if (partService.getDirtyParts().isEmpty()
				|| MessageDialog.openConfirm(shell, Messages.get("quit.title"), Messages.get("quit.dirty"))) {
			workbench.close();
		}
	}
}
