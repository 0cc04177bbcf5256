package org.crm.enlace.app.tests;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a dialog that runs its own event loop (the login dialog inside the lifecycle): a timer waits for the shell
 * with the given {@code enlace.widget} id, then the answer drives it. A failure is kept and the dialog closed, so the
 * test fails instead of waiting forever.
 */
@FunctionalInterface
interface DialogAnswer {

	void answer(Shell dialog) throws Exception;

	static void when(Display display, String shellId, DialogAnswer answer, AtomicReference<Throwable> failure) {
		display.timerExec(200, new Runnable() {
			private int polls;

			@Override
			public void run() {
				java.util.Optional<Shell> dialog = Widgets.shell(shellId);
				if (dialog.isEmpty()) {
					if (++polls < 300) { // a minute: then the dialog is not coming, and must not be answered later
						display.timerExec(200, this);
					}
					return;
				}
				try {
					answer.answer(dialog.get());
				} catch (Throwable t) {
					failure.compareAndSet(null, t);
					if (!dialog.get().isDisposed()) {
						dialog.get().close();
					}
				}
			}
		});
	}
}
