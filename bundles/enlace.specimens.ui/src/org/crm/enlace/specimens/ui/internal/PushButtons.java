package org.crm.enlace.specimens.ui.internal;

import org.crm.enlace.ui.AttributeForm;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** A push button with its text (and mnemonic) from the messages, a widget id for the tests, and its action. */
public final class PushButtons {

	private PushButtons() {
	}

	/** @param id the widget id and the message key of the button's text */
	public static Button add(Composite parent, String id, Runnable action) {
		return add(parent, id, id, action);
	}

	public static Button add(Composite parent, String id, String key, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.format(key));
		button.setData(AttributeForm.WIDGET_ID, id);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}
}
