package org.crm.enlace.specimens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.crm.enlace.specimens.ui.ViewTransform;
import org.crm.enlace.specimens.ui.ViewTransform.Box;
import org.junit.jupiter.api.Test;

/** The geometry under every specimen view: callouts land on the pixels they describe at any zoom and pan. */
class ViewTransformTest {

	private static ViewTransform view(int imageWidth, int imageHeight, int viewWidth, int viewHeight) {
		ViewTransform view = new ViewTransform();
		view.setViewSize(viewWidth, viewHeight);
		view.setImageSize(imageWidth, imageHeight);
		return view;
	}

	@Test
	void aNewImageIsShownWholeAndCentred() {
		ViewTransform view = view(1000, 700, 500, 500);
		assertEquals(0.5, view.scale(), 1e-9);
		assertEquals(0, view.originX(), 1e-9);
		assertEquals(75, view.originY(), 1e-9, "350 pixels high in a 500-pixel canvas: 75 above and below");
	}

	@Test
	void aCalloutIsDrawnOverTheImagePixelsItNamesAtEveryZoomAndPan() {
		ViewTransform view = view(1000, 700, 500, 500);
		Box callout = new Box(100, 200, 50, 40);
		assertEquals(new Box(50, 175, 25, 20), view.toView(callout));
		view.zoomAt(4, 0, 0);
		view.panBy(-30, 10);
		Box drawn = view.toView(callout);
		double[] corner = view.toImage(drawn.x(), drawn.y());
		double[] far = view.toImage(drawn.x() + drawn.width(), drawn.y() + drawn.height());
		assertTrue(corner[0] <= 100 && corner[1] <= 200 && far[0] >= 150 && far[1] >= 240,
				"the frame encloses the callout's pixels: " + drawn);
		assertTrue(drawn.width() <= 50 * view.scale() + 1 && drawn.height() <= 40 * view.scale() + 1,
				"and not more than one canvas pixel beyond them: " + drawn);
	}

	@Test
	void zoomingKeepsThePointUnderThePointerStill() {
		ViewTransform view = view(1000, 700, 500, 500);
		double[] before = view.toImage(120, 300);
		view.zoomAt(3, 120, 300);
		assertArrayEquals(before, view.toImage(120, 300), 1e-9);
		assertEquals(1.5, view.scale(), 1e-9);
	}

	@Test
	void zoomStopsAtItsLimitsAndPanningNeverLosesTheImage() {
		ViewTransform view = view(1000, 700, 500, 500);
		view.zoomAt(1e6, 250, 250);
		assertEquals(ViewTransform.MAX_SCALE, view.scale(), 1e-9);
		view.zoomAt(1e-9, 250, 250);
		assertEquals(ViewTransform.MIN_SCALE, view.scale(), 1e-9);
		view.fit();
		view.panBy(10_000, 10_000);
		Box shown = view.toView(new Box(0, 0, 1000, 700));
		assertTrue(shown.x() < 500 && shown.y() < 500, "part of the image stays on the canvas: " + shown);
		view.panBy(-20_000, -20_000);
		shown = view.toView(new Box(0, 0, 1000, 700));
		assertTrue(shown.x() + shown.width() > 0 && shown.y() + shown.height() > 0, "on both sides: " + shown);
	}

	@Test
	void aDraggedRectangleBecomesAnImageBoxClippedToTheImage() {
		ViewTransform view = view(1000, 700, 500, 500);
		assertEquals(new Box(100, 200, 50, 80), view.toImage(75, 215, 50, 175), "dragged up and left");
		assertEquals(new Box(0, 0, 1000, 700), view.toImage(-50, -50, 900, 900));
	}

	@Test
	void centringOnACalloutBringsItToTheMiddleAndWholeIntoView() {
		ViewTransform view = view(1000, 700, 500, 500);
		view.zoomAt(20, 0, 0);
		view.centreOn(new Box(800, 600, 200, 100));
		Box shown = view.toView(new Box(800, 600, 200, 100));
		assertTrue(shown.x() >= 0 && shown.y() >= 0 && shown.x() + shown.width() <= 500
				&& shown.y() + shown.height() <= 500, "wholly visible: " + shown);
		assertEquals(250, shown.x() + shown.width() / 2.0, 1.0);
	}

	@Test
	void twoImagesOfOnePageAtDifferentResolutionsShowTheSameRegionWhenSynchronized() {
		ViewTransform left = view(1000, 700, 400, 400);
		ViewTransform right = view(2000, 1400, 400, 400);
		AtomicInteger echoes = new AtomicInteger();
		left.addListener(() -> right.apply(left.state()));
		right.addListener(() -> {
			echoes.incrementAndGet();
			left.apply(right.state());
		});
		left.zoomAt(5, 100, 150);
		left.panBy(-40, 25);
		double[] leftCentre = left.toImage(200, 200);
		double[] rightCentre = right.toImage(200, 200);
		assertEquals(leftCentre[0] * 2, rightCentre[0], 1e-6);
		assertEquals(leftCentre[1] * 2, rightCentre[1], 1e-6);
		assertEquals(left.scale() / 2, right.scale(), 1e-9);
		assertEquals(2, echoes.get(), "one change each, then the echo stops");
	}

	@Test
	void resizingTheCanvasKeepsTheSameImagePointInTheMiddle() {
		ViewTransform view = view(1000, 700, 500, 500);
		view.zoomAt(4, 300, 200);
		double[] centre = view.toImage(250, 250);
		view.setViewSize(800, 600);
		assertArrayEquals(centre, view.toImage(400, 300), 1e-6);
	}
}
