package org.crm.enlace.app.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Drives the login dialog by its widget ids. */
final class Login {

	private Login() {
	}

	static Text field(Shell login, String id) {
		return Widgets.find(login, id, Text.class);
	}

	/** Types the user name and password and presses the dialog's button; returns once the attempt is over. */
	static void attempt(Shell login, String user, String password) {
		field(login, "login.user").setText(user);
		field(login, "login.password").setText(password);
		Widgets.find(login, "login.enter", Button.class).notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * Presses Enter in the password field as a user does (a real key event), then waits until the attempt is over:
	 * the dialog closed, or the password cleared after a failure.
	 */
	static void pressEnterInPassword(Shell login) {
		Display display = login.getDisplay();
		Text password = field(login, "login.password");
		login.forceActive(); // without a window manager nothing else gives the dialog the keyboard
		password.setFocus();
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event key = new Event();
			key.type = type;
			key.character = SWT.CR;
			key.keyCode = SWT.CR;
			display.post(key);
		}
		long end = System.currentTimeMillis() + 60_000;
		while (!login.isDisposed() && !password.getText().isEmpty() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				sleep(); // not display.sleep(): a key that never arrives must still end at the deadline
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(10);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static String problem(Shell login) {
		Label problem = Widgets.find(login, "login.problem", Label.class);
		return problem.isVisible() ? problem.getText() : "";
	}
}
