package org.crm.enlace.bench.internal;

import java.util.function.BooleanSupplier;

import org.crm.enlace.ui.AttributeForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** What the SWT benchmarks share: running the event queue dry, or until something happened. */
final class Screens {

	private Screens() {
	}

	static void drain(Display display) {
		while (display.readAndDispatch()) {
			// run every pending event, paints included
		}
	}

	/**
	 * Runs the event loop until the condition holds, then drains the queue.
	 *
	 * @throws IllegalStateException with {@code timedOut} when the condition does not hold within the time
	 */
	static void await(Display display, long timeoutNanos, String timedOut, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeoutNanos;
		while (true) {
			drain(display);
			if (condition.getAsBoolean()) {
				drain(display);
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(timedOut);
			}
			display.timerExec(5, () -> {
				// wakes the loop up when no event comes
			});
			display.sleep();
		}
	}

	/** The widget under {@code parent} marked with this {@link AttributeForm#WIDGET_ID}. */
	static <T extends Control> T find(Composite parent, String id, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (id.equals(child.getData(AttributeForm.WIDGET_ID))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				try {
					return find(composite, id, type);
				} catch (IllegalStateException notThere) {
					// look on
				}
			}
		}
		throw new IllegalStateException(id);
	}
}
