package org.crm.enlace.specimens.ui.tests;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
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
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A part made as the workbench makes it, E4's injector calling its {@code @PostConstruct}, in a real SWT shell under
 * Xvfb, without a workbench: the part's MPart sits in a stack, and the part service records which parts the part
 * opens (their descriptor and transient data) instead of rendering them.
 */
final class PartHarness implements AutoCloseable {

	final Shell shell;
	final Composite parent;
	final MPart self;
	final List<MPart> opened = new ArrayList<>();
	final Object part;

	<T> PartHarness(Class<T> type, RecordRepository repository, Map<String, Object> transientData, int width,
			int height) {
		this(type, repository, null, transientData, width, height);
	}

	/** @param user the signed-in user the part is given, or {@code null} for none */
	<T> PartHarness(Class<T> type, RecordRepository repository, CurrentUser user, Map<String, Object> transientData,
			int width, int height) {
		Display display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(width, height);
		parent = new Composite(shell, SWT.NONE);
		MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
		self = MBasicFactory.INSTANCE.createPart();
		self.getTransientData().putAll(transientData);
		stack.getChildren().add(self);
		IEclipseContext context = EclipseContextFactory.create("specimens-ui-test");
		context.set(Composite.class, parent);
		context.set(RecordRepository.class, repository);
		context.set(MPart.class, self);
		context.set(EPartService.class, recordingPartService());
		if (user != null) {
			context.set(CurrentUser.class, user);
		}
		part = ContextInjectionFactory.make(type, context);
		shell.open();
		Screenshots.settle(display);
	}

	<T> T part(Class<T> type) {
		return type.cast(part);
	}

	@Override
	public void close() {
		shell.dispose();
	}

	/* createPart gives a bare part with the descriptor's id, recorded; showPart returns it; getParts lists them. */
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
				case "getParts" -> List.copyOf(opened);
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "recording part service";
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	static <T extends Control> T find(Composite parent, String id, Class<T> type) {
		return type.cast(AttributeForm.widget(parent, id).orElseThrow(() -> new AssertionError("no widget " + id)));
	}

	/** What the control shows on screen now, read back from the display (after the pending paints). */
	static ImageData onScreen(org.eclipse.swt.widgets.Scrollable control) {
		Screenshots.settle(control.getDisplay());
		org.eclipse.swt.graphics.Rectangle area = ((org.eclipse.swt.widgets.Scrollable) control).getClientArea();
		org.eclipse.swt.graphics.Point size = new org.eclipse.swt.graphics.Point(area.width, area.height);
		org.eclipse.swt.graphics.Point origin = control.toDisplay(0, 0);
		Image image = new Image(control.getDisplay(), size.x, size.y);
		GC gc = new GC(control.getDisplay());
		try {
			gc.copyArea(image, origin.x, origin.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	static RGB pixel(ImageData data, int x, int y) {
		return data.palette.getRGB(data.getPixel(x, y));
	}
}
