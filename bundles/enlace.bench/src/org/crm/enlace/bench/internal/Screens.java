package org.crm.enlace.bench.internal;

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

/** What the SWT benchmarks share: running the event queue dry, and saving what a control shows. */
final class Screens {

	private Screens() {
	}

	static void drain(Display display) {
		while (display.readAndDispatch()) {
			// run every pending event, paints included
		}
	}

	/* What the control showed on screen (a shell's client area), as a PNG, for a person to check what was measured. */
	static void screenshot(Control control, Path file) {
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
