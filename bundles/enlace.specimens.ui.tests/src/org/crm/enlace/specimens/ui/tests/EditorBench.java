package org.crm.enlace.specimens.ui.tests;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.SecurityFeatures;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Real Derby stores seeded with the security feature types, editor parts made by E4's injector in a real shell
 * (Xvfb in the build), and test images drawn here (a card marked SPECIMEN, never a real document).
 */
final class EditorBench {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	static final CurrentUser MEXICO = new CurrentUser("mex.ficticia", "MEX", Role.LIAISON_OFFICER);

	private EditorBench() {
	}

	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		ReferenceDataContributor features = () -> List.copyOf(SecurityFeatures.seed());
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.NEVER, List.of(features), List.of(),
				List.of()).store();
	}

	/** A part of {@code type} in a new shell, as the workbench makes it from a descriptor with this transient data. */
	static <T> Opened<T> part(Class<T> type, RecordRepository repository, CurrentUser user, ImageLimits limits,
			Map<String, Object> data) {
		return part(type, repository, user, limits, data, null);
	}

	/** @param broker what the part posts its saves to, or {@code null} for none (as outside the workbench) */
	static <T> Opened<T> part(Class<T> type, RecordRepository repository, CurrentUser user, ImageLimits limits,
			Map<String, Object> data, IEventBroker broker) {
		Display display = Display.getDefault();
		Shell shell = new Shell(display, SWT.NO_TRIM);
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1280, 1000);
		Composite area = new Composite(shell, SWT.NONE);
		MPart model = MBasicFactory.INSTANCE.createPart();
		model.getTransientData().putAll(data);
		IEclipseContext context = EclipseContextFactory.create("specimen-editor-test");
		context.set(Composite.class, area);
		context.set(MPart.class, model);
		context.set(RecordRepository.class, repository);
		context.set(CurrentUser.class, user);
		if (limits != null) {
			context.set(ImageLimits.class, limits);
		}
		if (broker != null) {
			context.set(IEventBroker.class, broker);
		}
		T part = ContextInjectionFactory.make(type, context);
		shell.open();
		shell.layout(true, true);
		Screenshots.settle(display);
		return new Opened<>(part, model, shell);
	}

	record Opened<T>(T part, MPart model, Shell shell) implements AutoCloseable {

		<C extends Control> C find(String id, Class<C> kind) {
			C found = search(shell, id, kind);
			if (found == null) {
				throw new AssertionError("no widget " + id);
			}
			return found;
		}

		boolean has(String id) {
			return search(shell, id, Control.class) != null;
		}

		String status(String prefix) {
			return find(prefix + ".status", Label.class).getText();
		}

		List<String> problems(String prefix) {
			return List.of(find(prefix + ".problems", org.eclipse.swt.widgets.List.class).getItems());
		}

		/** Types into a field and presses Enter, as a user does. */
		void type(String id, String text) {
			Text field = find(id, Text.class);
			field.setText(text);
			field.notifyListeners(SWT.DefaultSelection, new Event());
			Screenshots.settle(shell.getDisplay());
		}

		void press(String id) {
			find(id, Control.class).notifyListeners(SWT.Selection, new Event());
			Screenshots.settle(shell.getDisplay());
		}

		void screenshot(String name) {
			shell.layout(true, true);
			Screenshots.saveForReview(shell, name);
		}

		/** A screenshot with the editor scrolled so that the widget {@code id} is at the top. */
		void screenshotAt(String name, String id) {
			Control control = find(id, Control.class);
			Composite parent = control.getParent();
			while (!(parent instanceof ScrolledComposite)) {
				parent = parent.getParent();
			}
			ScrolledComposite scroller = (ScrolledComposite) parent;
			int top = scroller.getDisplay().map(control.getParent(), scroller.getContent(), control.getLocation()).y;
			scroller.setOrigin(0, Math.max(0, top - 8));
			screenshot(name);
		}

		@Override
		public void close() {
			shell.dispose();
		}

		private static <C extends Control> C search(Composite parent, String id, Class<C> kind) {
			for (Control child : parent.getChildren()) {
				if (id.equals(child.getData(AttributeForm.WIDGET_ID)) && kind.isInstance(child)) {
					return kind.cast(child);
				}
				if (child instanceof Composite composite) {
					C found = search(composite, id, kind);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
	}

	/** A pale card hatched diagonally, with SPECIMEN across it, in this format, written to a file. */
	static Path drawn(Path folder, String name, int width, int height, String format) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new Color(0xE3ECF5));
		g.fillRect(0, 0, width, height);
		g.setPaint(new Color(0x7A9CC0));
		for (int offset = -height; offset < width; offset += 10) {
			g.drawLine(offset, height, offset + height, 0);
		}
		g.setPaint(new Color(0xB00020));
		g.setFont(new Font(Font.SERIF, Font.BOLD, Math.max(10, height / 4)));
		g.drawString("SPECIMEN", width / 8, height * 3 / 5);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
			return Files.write(folder.resolve(name), out.toByteArray());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
