package org.crm.enlace.app.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.ui.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Finds controls by their {@code enlace.widget} id and saves screenshots, without SWTBot. */
final class Widgets {

	static final String WIDGET_ID = "enlace.widget";

	private Widgets() {
	}

	static <T extends Control> T find(Control root, String id, Class<T> type) {
		return findAll(root, id, type).stream().findFirst()
				.orElseThrow(() -> new AssertionError("no control with id " + id));
	}

	static <T extends Control> List<T> findAll(Control root, String id, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, id, type, found);
		return found;
	}

	static Optional<Shell> shell(String id) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && id.equals(shell.getData(WIDGET_ID))) {
				return Optional.of(shell);
			}
		}
		return Optional.empty();
	}

	private static <T extends Control> void collect(Control control, String id, Class<T> type, List<T> found) {
		if (type.isInstance(control) && id.equals(control.getData(WIDGET_ID))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, id, type, found);
			}
		}
	}

	/**
	 * What the shell covers on screen: from its origin to the far corner of its client area. Under Xvfb the shell's
	 * bounds also count a window frame (title bar, border) that SWT estimates and no window manager draws.
	 */
	static Rectangle onScreen(Shell shell) {
		Rectangle bounds = shell.getBounds();
		Rectangle client = shell.getDisplay().map(shell, null, shell.getClientArea());
		return new Rectangle(bounds.x, bounds.y, client.x + client.width - bounds.x,
				client.y + client.height - bounds.y);
	}

	/** Saves what the shell shows as a PNG under the test bundle's target folder. */
	static Path screenshot(Shell shell, String name) throws IOException {
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		Screenshots.settle(shell.getDisplay());
		Rectangle bounds = onScreen(shell);
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}
}
