package org.crm.enlace.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crm.enlace.geo.Gazetteer;
import org.crm.enlace.geo.Pixel;
import org.crm.enlace.geo.Place;
import org.crm.enlace.geo.SimpleRoute;
import org.crm.enlace.geo.SimpleWaypoint;
import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.WaypointKind;
import org.crm.enlace.geo.ui.MapCanvas;
import org.crm.enlace.geo.ui.MapColors;
import org.crm.enlace.geo.ui.WaypointSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The map widget on a real display (Xvfb in the build): it is painted, captured from the screen as a user would see
 * it, saved under {@code target/screenshots}, and its pixels are checked where the viewport projects known places.
 * Keys are posted to the windowing system, as a user's. Mouse buttons, moves and the wheel are notified to the
 * widget as SWT delivers them: SWT's GTK {@code Display.post} cannot post a wheel, and the button events it makes
 * under Xvfb without a window manager arrive at 0,0.
 */
class MapCanvasTest {

	private static final int WIDTH = 1000;
	private static final int HEIGHT = 700;
	private static final long TIMEOUT_MILLIS = 20_000;

	private static Display display;
	private Shell shell;
	private MapCanvas map;
	private final List<WaypointSelection> selections = new ArrayList<>();

	/* Fictitious routes between real places, as the modus-operandi reports will give them. */
	private SimpleRoute fromEcuador;
	private SimpleRoute fromHonduras;
	private SimpleRoute fromCuba;
	private SimpleRoute fromHaiti;

	@BeforeAll
	static void createDisplay() {
		display = new Display();
	}

	@AfterAll
	static void disposeDisplay() {
		display.dispose();
	}

	@BeforeEach
	void openMap() {
		shell = new Shell(display, SWT.NO_TRIM);
		shell.setLayout(new FillLayout());
		map = new MapCanvas(shell, SWT.NONE);
		shell.setBounds(0, 0, WIDTH, HEIGHT);
		shell.open();
		map.addWaypointListener(selections::add);
		fromEcuador = route("Ecuador to Los Angeles", waypoint("Quito", "ECU", WaypointKind.ORIGIN, "air"),
				waypoint("Panamá", "PAN", WaypointKind.TRANSIT, "bus"),
				waypoint("Tapachula", "MEX", WaypointKind.TRANSIT, "bus"),
				waypoint("Tijuana", "MEX", WaypointKind.BORDER_CROSSING, "on foot"),
				waypoint("Los Angeles", "USA", WaypointKind.DESTINATION, ""));
		fromHonduras = route("Honduras to Houston", waypoint("Tegucigalpa", "HND", WaypointKind.ORIGIN, "bus"),
				waypoint("Guatemala City", "GTM", WaypointKind.TRANSIT, "bus"),
				waypoint("Ciudad Tecún Umán", "GTM", WaypointKind.BORDER_CROSSING, "raft"),
				waypoint("Reynosa", "MEX", WaypointKind.BORDER_CROSSING, "truck"),
				waypoint("Houston", "USA", WaypointKind.DESTINATION, ""));
		fromCuba = route("Cuba to Houston", waypoint("Havana", "CUB", WaypointKind.ORIGIN, "air"),
				waypoint("Cancún", "MEX", WaypointKind.TRANSIT, "bus"),
				waypoint("Reynosa", "MEX", WaypointKind.BORDER_CROSSING, "truck"),
				waypoint("Houston", "USA", WaypointKind.DESTINATION, ""));
		fromHaiti = route("Haiti to New York", waypoint("Port-au-Prince", "HTI", WaypointKind.ORIGIN, "air"),
				waypoint("New York City", "USA", WaypointKind.DESTINATION, ""));
		map.setRoutes(List.of(fromEcuador, fromHonduras, fromCuba, fromHaiti));
		settle();
	}

	@AfterEach
	void closeMap() {
		shell.dispose();
		settle();
	}

	@Test
	void theAmericasAreDrawnWithLandSeaAndEachWaypointInTheColourOfItsKind() throws IOException {
		ImageData shot = screenshot("map-americas");
		Viewport viewport = map.getViewport();
		assertEquals(Viewport.americas(WIDTH, HEIGHT), viewport, "the map opens on the Americas");
		assertColour(shot, viewport, 25, -90, MapColors.SEA, "the Gulf of Mexico");
		assertColour(shot, viewport, 5, -110, MapColors.SEA, "the Pacific");
		assertColour(shot, viewport, 28.5, -105, MapColors.LAND, "Chihuahua");
		assertColour(shot, viewport, -8, -63, MapColors.LAND, "the Amazon");
		assertColour(shot, viewport, 40, -100, MapColors.LAND, "Kansas");
		assertMarker(shot, viewport, "Quito", "ECU", WaypointKind.ORIGIN);
		assertMarker(shot, viewport, "Havana", "CUB", WaypointKind.ORIGIN);
		assertMarker(shot, viewport, "Guatemala City", "GTM", WaypointKind.TRANSIT);
		assertMarker(shot, viewport, "Reynosa", "MEX", WaypointKind.BORDER_CROSSING);
		assertMarker(shot, viewport, "Los Angeles", "USA", WaypointKind.DESTINATION);
		assertMarker(shot, viewport, "New York City", "USA", WaypointKind.DESTINATION);
	}

	@Test
	void centralAmericaCloseUpShowsTheIsthmusBetweenTwoOceans() throws IOException {
		map.setViewport(Viewport.centeredOn(14.5, -88, 6, WIDTH, HEIGHT));
		ImageData shot = screenshot("map-central-america");
		Viewport viewport = map.getViewport();
		assertEquals(6, viewport.zoom());
		assertColour(shot, viewport, 13, -92, MapColors.SEA, "the Pacific off Guatemala");
		assertColour(shot, viewport, 16.5, -86, MapColors.SEA, "the Caribbean off Honduras");
		assertColour(shot, viewport, 15.5, -90.3, MapColors.LAND, "Alta Verapaz");
		assertColour(shot, viewport, 12.5, -85.5, MapColors.LAND, "Nicaragua");
		assertMarker(shot, viewport, "Guatemala City", "GTM", WaypointKind.TRANSIT);
		assertMarker(shot, viewport, "Tegucigalpa", "HND", WaypointKind.ORIGIN);
	}

	@Test
	void clickingAWaypointTellsTheRoutesThroughItAndClickingTheSeaTellsNothing() {
		click(pixelOf("Houston", "USA"));
		await(() -> !selections.isEmpty(), "no selection after a click on Houston");
		WaypointSelection houston = selections.get(0);
		assertEquals("Houston", houston.place());
		assertEquals("USA", houston.country());
		assertEquals(Set.of(WaypointKind.DESTINATION), houston.kinds());
		assertEquals(2, houston.routes().size());
		assertSame(fromHonduras, houston.routes().get(0), "the route objects given, in their order");
		assertSame(fromCuba, houston.routes().get(1));

		selections.clear();
		click(map.getViewport().pixel(25, -90));
		settle();
		assertEquals(List.of(), selections, "the Gulf of Mexico holds no waypoint");
	}

	@Test
	void draggingPansTheMapAndSelectsNothing() {
		Pixel before = pixelOf("Guatemala City", "GTM");
		int x = (int) Math.round(before.x());
		int y = (int) Math.round(before.y());
		mouse(SWT.MouseDown, x, y, 1, 0);
		for (int step = 1; step <= 4; step++) {
			mouse(SWT.MouseMove, x + 30 * step, y + 10 * step, 0, SWT.BUTTON1);
		}
		mouse(SWT.MouseUp, x + 120, y + 40, 1, SWT.BUTTON1);
		settle();
		Pixel after = pixelOf("Guatemala City", "GTM");
		assertEquals(before.x() + 120, after.x(), 1e-6);
		assertEquals(before.y() + 40, after.y(), 1e-6);
		assertEquals(List.of(), selections, "a drag is not a click");
		mouse(SWT.MouseDown, x, y, 1, 0);
		mouse(SWT.MouseMove, x + 2, y + 1, 0, SWT.BUTTON1);
		mouse(SWT.MouseUp, x + 2, y + 1, 1, SWT.BUTTON1);
		assertEquals(after, pixelOf("Guatemala City", "GTM"), "a tremble of two pixels is still a click");
	}

	@Test
	void keysPanAndZoomAndHomeGoesBackToTheAmericas() {
		focusMap();
		double zoom = map.getViewport().zoom();
		press('+');
		await(() -> map.getViewport().zoom() == zoom + 1, "+ did not zoom in");
		Pixel before = pixelOf("Guatemala City", "GTM");
		pressKey(SWT.ARROW_LEFT);
		await(() -> pixelOf("Guatemala City", "GTM").x() > before.x(), "the left arrow did not pan");
		assertEquals(before.x() + WIDTH / 8, pixelOf("Guatemala City", "GTM").x(), 1e-6);
		press('-');
		press('-');
		await(() -> map.getViewport().zoom() == zoom - 1, "- did not zoom out");
		pressKey(SWT.HOME);
		await(() -> map.getViewport().equals(Viewport.americas(WIDTH, HEIGHT)), "Home did not go back");
	}

	@Test
	void theWheelZoomsAtThePointer() {
		Pixel guatemala = pixelOf("Guatemala City", "GTM");
		double zoom = map.getViewport().zoom();
		Event wheel = new Event();
		wheel.x = (int) Math.round(guatemala.x());
		wheel.y = (int) Math.round(guatemala.y());
		wheel.count = 3;
		map.notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertEquals(zoom + 0.5, map.getViewport().zoom(), 1e-9, "one notch, half a zoom level");
		Pixel after = pixelOf("Guatemala City", "GTM");
		// It was within half a pixel of the pointer, so it stays within a pixel of it at 1.4 times the scale.
		assertEquals(wheel.x, after.x(), 1, "the point under the pointer stays there");
		assertEquals(wheel.y, after.y(), 1);
		wheel.count = -3;
		map.notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertEquals(zoom, map.getViewport().zoom(), 1e-9);
	}

	@Test
	void aRouteWithBadCoordinatesIsDrawnWithoutThemAndNothingBreaks() throws IOException {
		SimpleRoute broken = new SimpleRoute("broken", List.of(
				new SimpleWaypoint("", "GTM", 95, -90, WaypointKind.ORIGIN, ""),
				waypoint("Managua", "NIC", WaypointKind.TRANSIT, ""),
				new SimpleWaypoint("", "MEX", 20, Double.NaN, WaypointKind.DESTINATION, "")));
		map.setRoutes(List.of(broken, fromHaiti));
		ImageData shot = screenshot("map-bad-coordinates");
		assertMarker(shot, map.getViewport(), "Managua", "NIC", WaypointKind.TRANSIT);
		assertMarker(shot, map.getViewport(), "New York City", "USA", WaypointKind.DESTINATION);
		click(pixelOf("Managua", "NIC"));
		await(() -> !selections.isEmpty(), "no selection after a click on Managua");
		assertSame(broken, selections.get(0).routes().get(0));
	}

	private static SimpleRoute route(String name, SimpleWaypoint... waypoints) {
		return new SimpleRoute(name, List.of(waypoints));
	}

	private static SimpleWaypoint waypoint(String name, String country, WaypointKind kind, String transport) {
		return SimpleWaypoint.at(place(name, country), kind, transport);
	}

	private static Place place(String name, String country) {
		return Gazetteer.shipped().find(name, country, 50).stream().filter(p -> p.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " is not in the gazetteer"));
	}

	private Pixel pixelOf(String name, String country) {
		Place place = place(name, country);
		return map.getViewport().pixel(place.latitude(), place.longitude());
	}

	private static void assertMarker(ImageData shot, Viewport viewport, String name, String country,
			WaypointKind kind) {
		Place place = place(name, country);
		assertColour(shot, viewport, place.latitude(), place.longitude(), MapColors.of(kind), kind + " at " + name);
	}

	private static void assertColour(ImageData shot, Viewport viewport, double latitude, double longitude,
			RGB expected, String what) {
		Pixel pixel = viewport.pixel(latitude, longitude);
		int x = (int) Math.round(pixel.x());
		int y = (int) Math.round(pixel.y());
		RGB actual = shot.palette.getRGB(shot.getPixel(x, y));
		assertEquals(expected, actual, what + " at pixel " + x + "," + y);
	}

	/** What the map shows on screen, captured from the display and saved as target/screenshots/NAME.png. */
	private ImageData screenshot(String name) throws IOException {
		settle();
		Point origin = map.toDisplay(0, 0);
		Point size = map.getSize();
		Image image = new Image(display, size.x, size.y);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageData data = image.getImageData();
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
			return data;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private void click(Pixel pixel) {
		int x = (int) Math.round(pixel.x());
		int y = (int) Math.round(pixel.y());
		mouse(SWT.MouseDown, x, y, 1, 0);
		mouse(SWT.MouseUp, x, y, 1, SWT.BUTTON1);
	}

	private void focusMap() {
		shell.forceActive();
		await(() -> display.getActiveShell() == shell, "the shell did not become active");
		map.setFocus();
		await(map::isFocusControl, "the map did not take the focus");
	}

	private void press(char character) {
		boolean shifted = character == '+';
		if (shifted) {
			post(key(SWT.KeyDown, SWT.SHIFT, '\0'));
		}
		post(key(SWT.KeyDown, 0, character));
		post(key(SWT.KeyUp, 0, character));
		if (shifted) {
			post(key(SWT.KeyUp, SWT.SHIFT, '\0'));
		}
		settle();
	}

	private void pressKey(int keyCode) {
		post(key(SWT.KeyDown, keyCode, '\0'));
		post(key(SWT.KeyUp, keyCode, '\0'));
		settle();
	}

	/** A mouse event at a pixel of the map, handled by its listeners before this returns. */
	private void mouse(int type, int x, int y, int button, int stateMask) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		event.button = button;
		event.stateMask = stateMask;
		map.notifyListeners(type, event);
	}

	private static Event key(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		return event;
	}

	/* Posts the event and lets the display handle it: a button event goes to the window under the pointer then. */
	private static void post(Event event) {
		assertTrue(display.post(event), "the display refused event type " + event.type);
		settle();
	}

	private static void await(java.util.function.BooleanSupplier condition, String failure) {
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError(failure);
			}
			if (!display.readAndDispatch()) {
				sleep();
			}
		}
	}

	/* Runs the event loop until it has been idle a few times in a row: paints and posted events are handled. */
	private static void settle() {
		for (int idle = 0; idle < 5;) {
			if (display.readAndDispatch()) {
				idle = 0;
			} else {
				idle++;
				sleep();
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}
}
