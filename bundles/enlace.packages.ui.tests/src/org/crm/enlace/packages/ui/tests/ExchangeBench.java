package org.crm.enlace.packages.ui.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.packages.ui.ExchangePart;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The Exchange part made by E4's injector in a real SWT shell (under Xvfb in the build) on a real Derby store, and a
 * user's hands: press a button, and answer the modal dialog it opens (found by its {@code enlace.widget} id) as a
 * keyboard would, typing into its fields and pressing OK.
 */
final class ExchangeBench implements AutoCloseable {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
	static final Clock CLOCK = Clock.fixed(NOW);
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);

	final Shell shell;
	final ExchangePart part;
	private final List<Throwable> failures = new ArrayList<>();

	ExchangeBench(RecordStore store, CurrentUser user) {
		Display display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 900);
		IEclipseContext context = EclipseContextFactory.create("exchange-ui-test");
		context.set(Composite.class, new Composite(shell, SWT.NONE));
		context.set(RecordStore.class, store);
		context.set(CurrentUser.class, user);
		context.set(Clock.class, CLOCK);
		part = ContextInjectionFactory.make(ExchangePart.class, context);
		shell.open();
		Screenshots.settle(display);
	}

	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return factory.open(data, user, KEYS, CLOCK);
	}

	/**
	 * Answers the next dialog of that id when it opens: a timer looks for it while the button that opens it runs the
	 * dialog's own event loop. A failure is kept for {@link #press} to throw, and the dialog closed.
	 */
	void when(String dialogId, Consumer<Shell> answer) {
		Display display = shell.getDisplay();
		display.timerExec(100, new Runnable() {
			private int polls;

			@Override
			public void run() {
				Optional<Shell> dialog = List.of(display.getShells()).stream()
						.filter(s -> !s.isDisposed() && dialogId.equals(s.getData(AttributeForm.WIDGET_ID)))
						.findFirst();
				if (dialog.isEmpty()) {
					if (++polls < 300) {
						display.timerExec(100, this);
					}
					return;
				}
				try {
					Screenshots.settle(display);
					answer.accept(dialog.get());
				} catch (Throwable t) {
					failures.add(t);
					dialog.get().close();
				}
			}
		});
	}

	/** Space on the part's button; then throws what went wrong answering the dialogs it opened. */
	void press(String id) {
		press(shell, id);
		Screenshots.settle(shell.getDisplay());
		if (!failures.isEmpty()) {
			AssertionError error = new AssertionError("answering a dialog failed", failures.getFirst());
			failures.clear();
			throw error;
		}
	}

	static void press(Shell shell, String id) {
		Button button = find(shell, id, Button.class);
		if (!button.isEnabled()) {
			throw new AssertionError(id + " is disabled");
		}
		button.setFocus();
		button.notifyListeners(SWT.Selection, new Event());
	}

	static void type(Shell shell, String id, String text) {
		Text field = find(shell, id, Text.class);
		field.setFocus();
		field.setText(text);
	}

	/** Every label's text in the shell: what a dialog says. */
	static String labels(Composite parent) {
		StringBuilder texts = new StringBuilder();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				texts.append(label.getText()).append('\n');
			} else if (child instanceof Composite composite) {
				texts.append(labels(composite));
			}
		}
		return texts.toString();
	}

	static <T extends Control> T find(Composite parent, String id, Class<T> type) {
		return type.cast(AttributeForm.widget(parent, id).orElseThrow(() -> new AssertionError("no widget " + id)));
	}

	<T extends Control> T find(String id, Class<T> type) {
		return find(shell, id, type);
	}

	@Override
	public void close() {
		shell.dispose();
	}
}
