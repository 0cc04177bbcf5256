package org.crm.enlace.cotravel.ui.tests;

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
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.cotravel.internal.IndicatorSeeding;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A border booth for the UI tests: a real Derby store seeded with the indicators, and a part made by E4's injector
 * in a real SWT shell under Xvfb, without a workbench (the part service records the editors a part opens). The
 * helpers act as a keyboard would: type into a field and press Enter, leave it with Tab, press a button.
 */
final class Booth implements AutoCloseable {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);

	final Shell shell;
	final List<MPart> opened = new ArrayList<>();
	final Object part;

	Booth(Class<?> type, RecordRepository repository, CurrentUser user, Map<String, Object> transientData) {
		Display display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 1000);
		Composite parent = new Composite(shell, SWT.NONE);
		MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
		MPart self = MBasicFactory.INSTANCE.createPart();
		self.getTransientData().putAll(transientData);
		stack.getChildren().add(self);
		IEclipseContext context = EclipseContextFactory.create("cotravel-ui-test");
		context.set(Composite.class, parent);
		context.set(RecordRepository.class, repository);
		context.set(CurrentUser.class, user);
		context.set(Clock.class, CLOCK);
		context.set(MPart.class, self);
		context.set(EPartService.class, recordingPartService());
		part = ContextInjectionFactory.make(type, context);
		shell.open();
		shell.forceActive();
		Screenshots.settle(display);
	}

	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.NEVER,
				List.of(new IndicatorSeeding()), List.of(), List.of()).store();
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
	void typeAndEnter(String id, String typed) {
		Text field = find(id, Text.class);
		field.setFocus();
		field.setText(typed);
		field.notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	/** Types the text into the field and leaves it with Tab. */
	void typeAndTab(String id, String typed) {
		Text field = find(id, Text.class);
		field.setFocus();
		field.setText(typed);
		field.traverse(SWT.TRAVERSE_TAB_NEXT);
		field.notifyListeners(SWT.FocusOut, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	/** Space on a focused button or check box: it toggles (check, radio) and is selected. */
	void press(String id) {
		org.eclipse.swt.widgets.Button button = find(id, org.eclipse.swt.widgets.Button.class);
		button.setFocus();
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	/** Arrow keys in a read-only drop-down: the item of that text is selected. */
	void choose(String id, String item) {
		org.eclipse.swt.widgets.Combo combo = find(id, org.eclipse.swt.widgets.Combo.class);
		combo.setFocus();
		int index = combo.indexOf(item);
		if (index < 0) {
			throw new AssertionError(id + " has no item " + item + ": " + List.of(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	@Override
	public void close() {
		shell.dispose();
	}

	private EPartService recordingPartService() {
		return (EPartService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { EPartService.class },
				(proxy, method, args) -> switch (method.getName()) {
				case "createPart" -> {
					MPart created = MBasicFactory.INSTANCE.createPart();
					created.setElementId((String) args[0]);
					opened.add(created);
					yield created;
				}
				case "showPart" -> args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "recording part service";
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}
}
