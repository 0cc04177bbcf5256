package org.crm.enlace.app.parts;

import org.crm.enlace.app.internal.Messages;
import org.crm.enlace.app.internal.Organizations;
import org.crm.enlace.core.user.CurrentUser;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * The status bar's account line (a tool control in the bottom trim): who is logged in, for which organization and in
 * which role, so that a shared screen never leaves that in doubt.
 */
public final class UserStatus {

	/** The label's {@code enlace.widget} id. */
	public static final String WIDGET_ID = "status.user";

	@PostConstruct
	void create(Composite parent, CurrentUser user) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 3).applyTo(box);
		Label label = new Label(box, SWT.NONE);
		label.setData("enlace.widget", WIDGET_ID);
		label.setText(text(user));
	}

	private static String text(CurrentUser user) {
		return Messages.format("status.user", user.userName(), Organizations.name(user.country()),
				Messages.role(user.role()));
	}
}
