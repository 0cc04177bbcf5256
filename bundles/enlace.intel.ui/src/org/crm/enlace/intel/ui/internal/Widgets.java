package org.crm.enlace.intel.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** Small widget helpers the views share. */
public final class Widgets {

	/** Key of the widget ids that UI tests use. */
	public static final String WIDGET_ID = "enlace.widget";

	private Widgets() {
	}

	/** A push button labelled with the text of {@code key}. */
	public static Button button(Composite parent, String key, String widgetId, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.get(key));
		button.setData(WIDGET_ID, widgetId);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}
}
