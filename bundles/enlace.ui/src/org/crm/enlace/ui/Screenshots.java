package org.crm.enlace.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Scrollable;

/** Saves what a control shows on screen, for a person to check what a benchmark measured or a UI test saw. */
public final class Screenshots {

	private Screenshots() {
	}

	/**
	 * Waits for the paints (see {@link #settle}), then saves what the control shows as
	 * {@code target/screenshots/NAME.png}, where a person reviews what a UI test saw.
	 *
	 * @return the file
	 */
	public static Path saveForReview(Control control, String name) {
		settle(control.getDisplay());
		try {
			Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
			save(control, file);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Runs the event loop until it has been idle five times in a row, 20 ms apart: a resize or a redraw goes to the X
	 * server and comes back as events an empty queue right after the call does not hold yet. Gives up after two
	 * seconds, since a moving progress bar is never idle.
	 */
	public static void settle(Display display) {
		long giveUp = System.nanoTime() + 2_000_000_000L;
		for (int idle = 0; idle < 5 && System.nanoTime() < giveUp;) {
			if (display.readAndDispatch()) {
				idle = 0;
			} else {
				idle++;
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** What the control shows (a shell's client area), as a PNG; copied from the screen, so it must be visible. */
	public static void save(Control control, Path file) {
		Display display = control.getDisplay();
		Point origin = control.toDisplay(0, 0);
		Point size = control instanceof Scrollable scrollable
				? new Point(scrollable.getClientArea().width, scrollable.getClientArea().height)
				: control.getSize();
		Image image = new Image(display, size.x, size.y);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
