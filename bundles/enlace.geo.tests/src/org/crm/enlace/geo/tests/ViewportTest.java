package org.crm.enlace.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crm.enlace.geo.Pixel;
import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.WebMercator;
import org.junit.jupiter.api.Test;

/**
 * Latitude/longitude to pixels and back. The expected pixels were worked out apart from this code, with the slippy-map
 * tile formula (tile y = 2^z (1 - asinh(tan φ) / π) / 2), in Python, for the GeoNames coordinates of the places.
 */
class ViewportTest {

	private static final double HALF_PIXEL = 0.5;

	@Test
	void guatemalaCityAndTapachulaLandWhereTheTileFormulaPutsThem() {
		Viewport viewport = Viewport.centeredOn(15, -90, 6, 800, 600);
		assertPixel(376.64, 316.91, viewport.pixel(14.64072, -90.51327));
		assertPixel(297.26, 304.53, viewport.pixel(14.90385, -92.25749));
	}

	@Test
	void tijuanaLandsWhereTheTileFormulaPutsIt() {
		Viewport viewport = Viewport.centeredOn(25, -100, 4, 1000, 700);
		assertPixel(306.54, 252.52, viewport.pixel(32.5027, -117.00371));
	}

	@Test
	void guatemalaCityIsInItsZoom10SlippyMapTile() {
		// Web maps address Guatemala City at zoom 10 as tile 254/469: the world pixel divided by 256.
		assertEquals(254, (int) Math.floor(WebMercator.x(-90.51327) * 1024));
		assertEquals(469, (int) Math.floor(WebMercator.y(14.64072) * 1024));
	}

	@Test
	void pixelsGoBackToTheSameCoordinates() {
		Viewport viewport = Viewport.centeredOn(20, -95, 5.5, 1000, 700);
		for (double[] point : new double[][] { { 14.64072, -90.51327 }, { 32.5027, -117.00371 }, { -0.22985, -78.52495 },
				{ 60, -140 } }) {
			Pixel pixel = viewport.pixel(point[0], point[1]);
			assertEquals(point[0], viewport.latitudeAt(pixel.y()), 1e-9);
			assertEquals(point[1], viewport.longitudeAt(pixel.x()), 1e-9);
		}
	}

	@Test
	void panningMovesEveryPointByTheSamePixels() {
		Viewport viewport = Viewport.centeredOn(15, -90, 6, 800, 600);
		Viewport panned = viewport.panBy(120, -45);
		Pixel before = viewport.pixel(14.64072, -90.51327);
		Pixel after = panned.pixel(14.64072, -90.51327);
		assertEquals(before.x() + 120, after.x(), 1e-6);
		assertEquals(before.y() - 45, after.y(), 1e-6);
	}

	@Test
	void zoomingKeepsThePointUnderThePointerAndDoublesDistances() {
		Viewport viewport = Viewport.centeredOn(15, -90, 5, 800, 600);
		Pixel tapachula = viewport.pixel(14.90385, -92.25749);
		Pixel guatemala = viewport.pixel(14.64072, -90.51327);
		Viewport zoomed = viewport.zoomedBy(1, tapachula.x(), tapachula.y());
		Pixel tapachulaAfter = zoomed.pixel(14.90385, -92.25749);
		assertPixel(tapachula.x(), tapachula.y(), tapachulaAfter);
		assertEquals(2 * guatemala.distance(tapachula.x(), tapachula.y()),
				zoomed.pixel(14.64072, -90.51327).distance(tapachulaAfter.x(), tapachulaAfter.y()), 1e-6);
	}

	@Test
	void zoomStaysWithinItsLimitsAndTheCentreWithinTheWorld() {
		Viewport viewport = Viewport.centeredOn(15, -90, 6, 800, 600);
		assertEquals(Viewport.MAX_ZOOM, viewport.zoomedBy(40, 0, 0).zoom());
		assertEquals(Viewport.MIN_ZOOM, viewport.zoomedBy(-40, 0, 0).zoom());
		Viewport farAway = viewport.panBy(-1e9, 1e9);
		assertEquals(1, farAway.centerX());
		assertEquals(0, farAway.centerY());
		assertEquals(WebMercator.MAX_LATITUDE, WebMercator.latitude(0), 1e-9);
		assertEquals(0, WebMercator.y(90), 1e-12, "the poles are clamped, not infinite");
	}

	@Test
	void theAmericasViewHoldsTheNetworksRoutesEnds() {
		Viewport americas = Viewport.americas(1000, 700);
		for (double[] end : new double[][] { { -0.22985, -78.52495 }, { 40.71427, -74.00597 },
				{ 34.05223, -118.24368 }, { 18.54349, -72.33881 }, { 45.42178, -75.69119 } }) {
			Pixel pixel = americas.pixel(end[0], end[1]);
			String where = end[0] + ", " + end[1] + " at " + pixel;
			assertEquals(true, pixel.x() > 0 && pixel.x() < 1000 && pixel.y() > 0 && pixel.y() < 700, where);
		}
	}

	private static void assertPixel(double x, double y, Pixel actual) {
		assertEquals(x, actual.x(), HALF_PIXEL / 10, "x of " + actual);
		assertEquals(y, actual.y(), HALF_PIXEL / 10, "y of " + actual);
	}
}
