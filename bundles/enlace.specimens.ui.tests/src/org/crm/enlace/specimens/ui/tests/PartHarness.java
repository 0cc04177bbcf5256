package org.crm.enlace.specimens.ui.tests;

import java.util.Map;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.crm.enlace.ui.testing.Widgets;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The register's parts hosted by {@link PartHost} in a real SWT shell of a given size, and what their canvases show
 * on screen, read back pixel by pixel.
 */
final class PartHarness {

	private PartHarness() {
	}

	static PartHost host(Class<?> type, RecordRepository repository, Map<String, Object> transientData, int width,
			int height) {
		return host(type, repository, null, transientData, width, height);
	}

	/** @param user the signed-in user the part is given, or {@code null} for none */
	static PartHost host(Class<?> type, RecordRepository repository, CurrentUser user,
			Map<String, Object> transientData, int width, int height) {
		PartHost host = new PartHost(width, height).with(RecordRepository.class, repository);
		if (user != null) {
			host.with(CurrentUser.class, user);
		}
		host.make(type, PartHost.partInStack(transientData));
		return host;
	}

	static <T extends Control> T find(Composite parent, String id, Class<T> type) {
		return new Widgets(parent).find(id, type);
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
