package org.crm.enlace.intel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
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
import org.crm.enlace.ui.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
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

	private void settle() {
		Screenshots.settle(display);
	}

	private static ImageData screenshot(Control control, String name) throws IOException {
		return Screens.screenshot(control, name);
	}
}
