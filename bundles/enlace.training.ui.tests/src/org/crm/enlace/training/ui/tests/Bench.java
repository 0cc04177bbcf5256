package org.crm.enlace.training.ui.tests;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.Record;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * A part made by E4's injector in a real SWT shell (under Xvfb in the build) on a real Derby store, without a
 * workbench: its MPart sits in a part stack and the part service records the editors it opens. The helpers act as
 * a user's hands: type and press Enter, click a row, a button or a drop-down item.
 */
final class Bench implements AutoCloseable {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT, Role.SECRETARIAT);

	final Shell shell;
	final MPart self;
	final List<MPart> opened = new ArrayList<>();
	private final Object part;

	Bench(RecordRepository store, Class<?> type, MPart self) {
		Display display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1270, 950); // within xvfb-run's default 1280x1024 screen, or screenshots are cut
		this.self = self;
		MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
		stack.getChildren().add(self);
		IEclipseContext context = EclipseContextFactory.create("training-ui-test");
		context.set(Composite.class, new Composite(shell, SWT.NONE));
		context.set(RecordStore.class, (RecordStore) store);
		context.set(RecordRepository.class, store);
		context.set(CurrentUser.class, SECRETARIAT);
		context.set(Clock.class, CLOCK);
		context.set(MPart.class, self);
		context.set(EPartService.class, recordingPartService());
		part = ContextInjectionFactory.make(type, context);
		shell.open();
		Screenshots.settle(display);
	}

	/** A store holding every area's demo data, the Secretariat's view of it. */
	static RecordStore demoStore(Path data) {
		List<Record> demo = Services.all(DemoDataContributor.class).stream()
				.sorted(Comparator.comparingInt(DemoDataContributor::order))
				.flatMap(c -> c.demoRecords(CLOCK).stream()).toList();
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return factory.openAfterSeeding(data, SECRETARIAT, NodeKeys.generate(), CLOCK, s -> s.saveAll(demo));
	}

	<T> T part(Class<T> type) {
		return type.cast(part);
	}

	Table table(String id) {
		return find(id, Table.class);
	}

	List<String> column(String id, int index) {
		return Arrays.stream(table(id).getItems()).map(item -> item.getText(index)).toList();
	}

	/** Picks the item of that text in a read-only drop-down. */
	void choose(String id, String item) {
		Combo combo = find(id, Combo.class);
		int index = combo.indexOf(item);
		if (index < 0) {
			throw new AssertionError(id + " has no item " + item + ": " + List.of(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	void type(String id, String text) {
		find(id, Text.class).setText(text);
		Screenshots.settle(shell.getDisplay());
	}

	/** Types the text into the field (replacing what it held) and presses Enter. */
	void typeAndEnter(String id, String text) {
		Text field = find(id, Text.class);
		field.setFocus();
		field.setText(text);
		field.notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	/** A click on a button; a check box toggles first. */
	void press(String id) {
		Button button = find(id, Button.class);
		if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	/** Clicks the row whose cell {@code column} is {@code text}, as a mouse would (the viewer hears the selection). */
	void select(String id, int column, String text) {
		Table table = table(id);
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(column).equals(text)) {
				table.setSelection(i);
				Event event = new Event();
				event.item = table.getItem(i);
				table.notifyListeners(SWT.Selection, event);
				Screenshots.settle(shell.getDisplay());
				return;
			}
		}
		throw new AssertionError("no row " + text + " in " + id);
	}

	void select(String id, String first) {
		select(id, 0, first);
	}

	<T> T find(String id, Class<T> type) {
		return type.cast(AttributeForm.widget(shell, id).orElseThrow(() -> new AssertionError("no widget " + id)));
	}

	@Override
	public void close() {
		shell.dispose();
	}

	/** The part service as far as a part that opens editors needs it: each editor made is kept in {@link #opened}. */
	private EPartService recordingPartService() {
		Object identity = new Object();
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("createPart")) {
				MPart created = MBasicFactory.INSTANCE.createPart();
				created.setElementId((String) args[0]);
				opened.add(created);
				return created;
			}
			if (method.getName().equals("showPart")) {
				return args[0];
			}
			if (method.getName().equals("equals")) {
				return proxy == args[0];
			}
			if (method.getDeclaringClass() == Object.class) {
				return method.invoke(identity, args);
			}
			throw new UnsupportedOperationException(method.getName());
		};
		return (EPartService) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { EPartService.class }, handler);
	}
}
