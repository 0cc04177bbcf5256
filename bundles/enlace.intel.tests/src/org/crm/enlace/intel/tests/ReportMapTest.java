package org.crm.enlace.intel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crm.enlace.geo.Pixel;
import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.WaypointKind;
import org.crm.enlace.geo.ui.MapCanvas;
import org.crm.enlace.geo.ui.MapColors;
import org.crm.enlace.intel.internal.IntelDemoData;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.ui.RouteMapView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fictitious demo reports' routes on the offline map, on a real display (Xvfb in the build): captured from the
 * screen, saved as {@code target/screenshots/intel-demo-routes.png}, and checked where the viewport projects their
 * waypoints; a click on a waypoint lists the reports through it under the map.
 */
class ReportMapTest {

	private static final int WIDTH = 1000;
	private static final int HEIGHT = 700;

	private Display display;
	private Shell shell;
	private RouteMapView view;
	private MapCanvas map;
	private final List<SmugglingReport> opened = new ArrayList<>();
	private List<SmugglingReport> reports;

	@BeforeEach
	void openMap() {
		display = Display.getDefault();
		shell = new Shell(display, SWT.NO_TRIM);
		shell.setLayout(new FillLayout());
		view = new RouteMapView(shell, opened::add);
		map = view.map();
		shell.setBounds(0, 0, WIDTH, HEIGHT);
		shell.open();
		reports = new IntelDemoData().demoRecords(IntelStores.CLOCK).stream()
				.filter(SmugglingReport.class::isInstance).map(SmugglingReport.class::cast).toList();
		view.show(reports);
		map.setViewport(Viewport.fitting(-5, -110, 35, -68, WIDTH, HEIGHT));
		settle();
	}

	@AfterEach
	void closeMap() {
		shell.dispose();
		settle();
	}

	@Test
	void theDemoRoutesAreDrawnWithTheirWaypointsAndAClickListsTheReportsThroughIt() throws IOException {
		ImageData shot = screenshot(map, "intel-demo-routes");
		Viewport viewport = map.getViewport();
		assertColour(shot, viewport.pixel(-0.22985, -78.52495), MapColors.of(WaypointKind.ORIGIN), "Quito");
		assertColour(shot, viewport.pixel(18.54349, -72.33881), MapColors.of(WaypointKind.ORIGIN), "Port-au-Prince");
		assertColour(shot, viewport.pixel(12.13282, -86.2504), MapColors.of(WaypointKind.TRANSIT), "Managua");
		assertColour(shot, viewport.pixel(26.08061, -98.28835), MapColors.of(WaypointKind.DESTINATION), "Reynosa");
		assertColour(shot, viewport.pixel(31.72024, -106.46084), MapColors.of(WaypointKind.BORDER_CROSSING),
				"Ciudad Juárez");

		Pixel managua = viewport.pixel(12.13282, -86.2504);
		click((int) Math.round(managua.x()), (int) Math.round(managua.y()));
		assertEquals(Set.of("GTM", "MEX"), Set.copyOf(view.listed().stream().map(r -> r.getOwnerCountry()).toList()),
				"the isthmus and the Haiti reports pass through Managua");
		screenshot(shell, "intel-demo-routes-managua");
	}

	private static void assertColour(ImageData shot, Pixel pixel, RGB expected, String what) {
		int x = (int) Math.round(pixel.x());
		int y = (int) Math.round(pixel.y());
		assertEquals(expected, shot.palette.getRGB(shot.getPixel(x, y)), what + " at pixel " + x + "," + y);
	}

	/* Button events as SWT delivers them to the widget: under Xvfb without a window manager posted ones land at 0,0. */
	private void click(int x, int y) {
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.x = x;
			event.y = y;
			event.button = 1;
			event.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
			map.notifyListeners(type, event);
		}
		settle();
	}

	/** What the control shows on screen, captured from the display and saved as target/screenshots/NAME.png. */
	private ImageData screenshot(Control control, String name) throws IOException {
		settle();
		Point origin = control.toDisplay(0, 0);
		Point size = control.getSize();
		Image image = new Image(display, size.x, size.y);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageData data = image.getImageData();
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
			return data;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/* Runs the event loop until it has been idle a few times in a row, so that paints are done. */
	private void settle() {
		for (int idle = 0; idle < 5;) {
			if (display.readAndDispatch()) {
				idle = 0;
			} else {
				idle++;
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted", e);
				}
			}
		}
	}
}
