package org.crm.enlace.plan.ui.tests;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.plan.SeedPlan;
import org.crm.enlace.plan.model.WorkPlan;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The work plan part or the plan editor made by E4's injector in a real SWT shell (under Xvfb in the build), on a
 * real Derby store seeded with the network's plan, without a workbench: the part service records the editors a part
 * opens and the event broker the topics it posts. The helpers act as a keyboard would.
 */
final class PlanBench implements AutoCloseable {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final LocalDate TODAY = LocalDate.parse("2026-11-29");
	static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT, Role.SECRETARIAT);
	static final CurrentUser PRESIDENCY = new CurrentUser("hnd.ficticia", "HND", Role.PRO_TEMPORE_PRESIDENCY);
	static final CurrentUser LIAISON = new CurrentUser("mex.ficticia", "MEX", Role.LIAISON_OFFICER);

	final Shell shell;
	final MPart model;
	final List<MPart> opened = new ArrayList<>();
	final List<String> posted = new ArrayList<>();
	final Object part;

	PlanBench(Class<?> type, RecordRepository repository, CurrentUser user, Map<String, Object> transientData) {
		Display display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1280, 1000);
		Composite parent = new Composite(shell, SWT.NONE);
		MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
		model = MBasicFactory.INSTANCE.createPart();
		model.getTransientData().putAll(transientData);
		stack.getChildren().add(model);
		IEclipseContext context = EclipseContextFactory.create("plan-ui-test");
		context.set(Composite.class, parent);
		context.set(RecordRepository.class, repository);
		context.set(CurrentUser.class, user);
		context.set(Clock.class, CLOCK);
		context.set(MPart.class, model);
		context.set(EPartService.class, recording(EPartService.class, (name, args) -> switch (name) {
		case "createPart" -> {
			MPart created = MBasicFactory.INSTANCE.createPart();
			created.setElementId((String) args[0]);
			opened.add(created);
			yield created;
		}
		case "showPart" -> args[0];
		default -> throw new UnsupportedOperationException(name);
		}));
		context.set(IEventBroker.class, recording(IEventBroker.class, (name, args) -> {
			posted.add((String) args[0]);
			return Boolean.TRUE;
		}));
		part = ContextInjectionFactory.make(type, context);
		shell.open();
		shell.layout(true, true);
		Screenshots.settle(display);
	}

	/** A store holding the seed plan as the Secretariat approved it, opened for {@code user}. */
	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		WorkPlan plan = SeedPlan.plan();
		plan.setApprovedOn(LocalDate.parse("2026-06-01"));
		return factory.openAfterSeeding(data, user, KEYS, CLOCK,
				system -> ReferenceData.storeMissing(system, List.of(plan)));
	}

	<T> T part(Class<T> type) {
		return type.cast(part);
	}

	<T extends Control> T find(String id, Class<T> type) {
		return type.cast(AttributeForm.widget(shell, id).orElseThrow(() -> new AssertionError("no widget " + id)));
	}

	List<String> items(String id) {
		return List.of(find(id, org.eclipse.swt.widgets.List.class).getItems());
	}

	/** Types the text into the field (replacing what it held) and presses Enter. */
	void type(String id, String typed) {
		Text field = find(id, Text.class);
		field.setFocus();
		field.setText(typed);
		field.notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	void press(String id) {
		org.eclipse.swt.widgets.Button button = find(id, org.eclipse.swt.widgets.Button.class);
		button.setFocus();
		button.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(shell.getDisplay());
	}

	/** Arrow keys in a read-only drop-down: the item of that text is selected. */
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

	@Override
	public void close() {
		shell.dispose();
	}

	private interface Answer {
		Object of(String method, Object[] args);
	}

	private static <T> T recording(Class<T> type, Answer answer) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> switch (method.getName()) {
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "recording " + type.getSimpleName();
				default -> answer.of(method.getName(), args);
				}));
	}
}
