package org.crm.enlace.app.tests;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Real key events, as a user presses them: {@link Display#post} hands them to the windowing system, so the key
 * bindings, the focused control and its listeners see them as they see a user's. The events go to the window that has the
 * keyboard focus: {@link #focus} gives it to a shell first, which nothing else does without a window manager.
 * Characters are typed for the virtual display's US keyboard: capitals and the shifted signs are typed with Shift.
 */
final class Keys {

	private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";
	private static final long TIMEOUT_MILLIS = 20_000;

	private Keys() {
	}

	/** Gives the shell the keyboard focus and waits until the display says so. */
	static void focus(Shell shell) {
		shell.forceActive();
		await(shell.getDisplay(), () -> shell.getDisplay().getActiveShell() == shell,
				() -> "the shell did not become active");
	}

	/**
	 * Presses a key with modifiers held (e.g. {@code SWT.CTRL | SWT.SHIFT}, {@code 'f'}), then releases all; a key
	 * of {@code SWT.CR} is Enter. Returns once the events are posted: wait for their effect with {@link #await}.
	 */
	static void press(Display display, int modifiers, char key) {
		int[] held = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
		for (int modifier : held) {
			if ((modifiers & modifier) != 0) {
				post(display, SWT.KeyDown, modifier, '\0');
			}
		}
		post(display, SWT.KeyDown, key == SWT.CR ? SWT.CR : 0, key);
		post(display, SWT.KeyUp, key == SWT.CR ? SWT.CR : 0, key);
		for (int i = held.length - 1; i >= 0; i--) {
			if ((modifiers & held[i]) != 0) {
				post(display, SWT.KeyUp, held[i], '\0');
			}
		}
	}

	/** Presses and releases a key that has no character, e.g. {@code SWT.END} or {@code SWT.ARROW_DOWN}. */
	static void pressKey(Display display, int keyCode) {
		post(display, SWT.KeyDown, keyCode, '\0');
		post(display, SWT.KeyUp, keyCode, '\0');
	}

	/** Types the text key by key into the focused control. */
	static void type(Display display, String text) {
		for (char c : text.toCharArray()) {
			press(display, Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0 ? SWT.SHIFT : SWT.NONE, c);
		}
	}

	/**
	 * Runs the event loop until the condition holds, and fails with the description after 20 s. The events posted are
	 * handled here, as in the application's own loop; not {@code display.sleep()}: a key that never arrives must still
	 * end at the deadline.
	 */
	static void await(Display display, BooleanSupplier condition, Supplier<String> failure) {
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError(failure.get());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted while waiting: " + failure.get(), e);
				}
			}
		}
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event key = new Event();
		key.type = type;
		key.keyCode = keyCode;
		key.character = character;
		if (!display.post(key)) {
			throw new AssertionError("the display refused the key event " + keyCode + "/" + (int) character);
		}
	}
}
