package org.crm.enlace.plan.ui.internal.editing;

import org.crm.enlace.ui.AttributeForm;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** A push button with its text from the messages and a widget id for the UI tests. */
public final class Buttons {

	private Buttons() {
	}

	public static Button push(Composite parent, String textKey, String widgetId, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.format(textKey));
		button.setData(AttributeForm.WIDGET_ID, widgetId);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}
}
