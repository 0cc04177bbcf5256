package org.crm.enlace.intel.tests;

import java.io.IOException;

import org.crm.enlace.ui.Screenshots;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;

/** The screenshots of this bundle's UI tests, read back for the tests that check pixels. */
final class Screens {

	private Screens() {
	}

	/** What the control shows, saved as target/screenshots/NAME.png (once the paints are done) and read back. */
	static ImageData screenshot(Control control, String name) throws IOException {
		return new ImageLoader().load(Screenshots.saveForReview(control, name).toString())[0];
	}
}
