package org.crm.enlace.jtf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.jtf.internal.JtfDemoData;
import org.crm.enlace.jtf.internal.MilestoneSeeding;
import org.crm.enlace.model.Record;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A part of the area made by E4's injector in its own real SWT shell (under Xvfb in the build) on a real Derby store,
 * without a workbench: the part service records the editors a part opens, the event broker the topics posted. The
 * helpers act as a user would: type and press Enter, choose in a drop-down, press a button.
 */
final class Desk implements AutoCloseable {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser SECRETARIAT = new CurrentUser("xst.ficticia", "XST", Role.SECRETARIAT);
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);

	final Shell shell;
	final MPart self;
	final Object part;
	final List<MPart> opened = new ArrayList<>();
	final List<String> posted = new ArrayList<>();

	Desk(Class<?> type, RecordRepository store, CurrentUser user, Map<String, Object> transientData) {
		Display display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 1000);
		MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
		self = MBasicFactory.INSTANCE.createPart();
		self.getTransientData().putAll(transientData);
		stack.getChildren().add(self);
		IEclipseContext context = EclipseContextFactory.create("jtf-ui-test");
		context.set(Composite.class, new Composite(shell, SWT.NONE));
		context.set(RecordRepository.class, store);
		context.set(Clock.class, CLOCK);
		context.set(CurrentUser.class, user);
		context.set(MPart.class, self);
		context.set(EPartService.class, recording(EPartService.class));
		context.set(IEventBroker.class, recording(IEventBroker.class));
		part = ContextInjectionFactory.make(type, context);
		shell.open();
		Screenshots.settle(display);
	}

	/** A store in {@code data} opened for {@code user}, with the milestone and, on first opening, the demo data. */
	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.INTO_NEW_STORE,
				List.of(new MilestoneSeeding()), List.of(), List.of(new JtfDemoData())).store();
	}

	/** What the store says to this user when it refuses {@code changed}: an editor must show it as is. */
	static String refusal(RecordRepository store, Record changed) {
		try {
			store.save(changed);
		} catch (StoreException e) {
			assertEquals(StoreException.Reason.FORBIDDEN, e.reason());
			return e.getMessage();
		}
		throw new AssertionError("the store let this user write another's record");
	}

	<T> T part(Class<T> type) {
		return type.cast(part);
	}

	<T extends Control> T find(String id, Class<T> type) {
		return type.cast(AttributeForm.widget(shell, id).orElseThrow(() -> new AssertionError("no widget " + id)));
	}

	boolean has(String id) {
		return AttributeForm.widget(shell, id).isPresent();
	}

	/** Types the text into the field (replacing what it held) and presses Enter. */
	void type(String id, String typed) {
		Text field = find(id, Text.class);
		field.setFocus();
		field.setText(typed);
		field.notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	/** Types several lines into a long-text field and leaves it: there Enter starts a new line, leaving applies. */
	void write(String id, String typed) {
		Text field = find(id, Text.class);
		field.setFocus();
		field.setText(typed);
		field.notifyListeners(SWT.FocusOut, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	void choose(String id, String item) {
		Combo combo = find(id, Combo.class);
		int index = combo.indexOf(item);
		if (index < 0) {
			throw new AssertionError(id + " has no item " + item + ": " + List.of(combo.getItems()));
		}
		combo.setFocus();
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	/** Presses a button; a check box toggles first, as Space does. */
	void press(String id) {
		Button button = find(id, Button.class);
		assertTrue(button.isEnabled(), id + " is enabled");
		button.setFocus();
		if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	@Override
	public void close() {
		shell.dispose();
	}

	private <T> T recording(Class<T> service) {
		return service.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { service },
				(proxy, method, args) -> switch (method.getName()) {
				case "createPart" -> {
					MPart created = MBasicFactory.INSTANCE.createPart();
					created.setElementId((String) args[0]);
					opened.add(created);
					yield created;
				}
				case "showPart" -> args[0];
				case "post", "send" -> posted.add((String) args[0]);
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "recording " + service.getSimpleName();
				default -> throw new UnsupportedOperationException(method.getName());
				}));
	}
}
