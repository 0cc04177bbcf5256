package org.crm.enlace.ui.testing;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Parts and editors made by E4's injector, as the workbench makes them, in a real SWT shell (under Xvfb in the build)
 * without a workbench. The context holds what the test puts in it (store, user, clock) and a part service and an
 * event broker that record instead of rendering: the parts a part opens and the topics it posts.
 */
public final class PartHost implements AutoCloseable {

	private final Shell shell;
	private final IEclipseContext context = EclipseContextFactory.create("enlace-ui-test");
	private final List<MPart> opened = new ArrayList<>();
	private final List<String> posted = new ArrayList<>();
	private final Widgets widgets;
	private MPart self;
	private Object part;

	/** An empty shell of that size, its parts filling it; keep it within the screen, or screenshots are cut. */
	public PartHost(int width, int height) {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(width, height);
		widgets = new Widgets(shell);
		context.set(EPartService.class, recording(EPartService.class));
		context.set(IEventBroker.class, recording(IEventBroker.class));
	}

	/** Puts {@code value} in the context the parts are made from. */
	public <T> PartHost with(Class<T> key, T value) {
		context.set(key, value);
		return this;
	}

	/** A part model in a stack, as the workbench gives one: editors go in the stack of the part they open from. */
	public static MPart partInStack(Map<String, Object> transientData) {
		MPart model = MBasicFactory.INSTANCE.createPart();
		model.getTransientData().putAll(transientData);
		return putInStack(model);
	}

	/** Puts {@code model} (an opened editor, say) in a new stack of its own. */
	public static MPart putInStack(MPart model) {
		MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
		stack.getChildren().add(model);
		return model;
	}

	/** Makes a part of {@code type} filling the shell, for a part model of its own in a stack. */
	public <T> T make(Class<T> type) {
		return make(type, partInStack(Map.of()));
	}

	/** Makes a part of {@code type} filling the shell, for {@code model}. */
	public <T> T make(Class<T> type, MPart model) {
		return make(type, model, new Composite(shell, SWT.NONE));
	}

	/** Makes a part of {@code type} in {@code parent}, for {@code model}; the last one made is {@link #part}. */
	public <T> T make(Class<T> type, MPart model, Composite parent) {
		IEclipseContext own = context.createChild(type.getSimpleName());
		own.set(Composite.class, parent);
		own.set(MPart.class, model);
		T made = ContextInjectionFactory.make(type, own);
		self = model;
		part = made;
		shell.open();
		shell.layout(true, true);
		Screenshots.settle(shell.getDisplay());
		return made;
	}

	public <T> T part(Class<T> type) {
		return type.cast(part);
	}

	/** The part model of the last part made. */
	public MPart self() {
		return self;
	}

	public Shell shell() {
		return shell;
	}

	/** A user's hands on the shell's widgets. */
	public Widgets widgets() {
		return widgets;
	}

	/** The parts the made parts asked the part service for, in order. */
	public List<MPart> opened() {
		return opened;
	}

	/** The topics the made parts posted or sent, in order. */
	public List<String> posted() {
		return posted;
	}

	@Override
	public void close() {
		shell.dispose();
		context.dispose();
	}

	/* createPart gives a bare part with the descriptor's id, recorded; showPart returns it; getParts lists them. */
	private <T> T recording(Class<T> service) {
		return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] { service },
				(proxy, method, args) -> switch (method.getName()) {
				case "createPart" -> {
					MPart created = MBasicFactory.INSTANCE.createPart();
					created.setElementId((String) args[0]);
					opened.add(created);
					yield created;
				}
				case "showPart" -> args[0];
				case "getParts" -> List.copyOf(opened);
				case "post", "send" -> posted.add((String) args[0]);
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "recording " + service.getSimpleName();
				default -> throw new UnsupportedOperationException(method.getName());
				}));
	}
}
