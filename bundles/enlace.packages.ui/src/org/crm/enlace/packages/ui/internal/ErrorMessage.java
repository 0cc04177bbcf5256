package org.crm.enlace.packages.ui.internal;

import org.crm.enlace.ui.AttributeForm;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Why an exchange operation did nothing, in a dialog (id {@code exchange.error}) the user closes. */
public final class ErrorMessage extends MessageDialog {

	private ErrorMessage(Shell parent, String message) {
		super(parent, Messages.format("error.title"), null, message, ERROR, 0, Messages.format("button.close"));
	}

	public static void show(Shell parent, String message) {
		new ErrorMessage(parent, message).open();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setData(AttributeForm.WIDGET_ID, "exchange.error");
	}
}
