package org.crm.enlace.specimens.ui.tests;

import static org.crm.enlace.specimens.ui.tests.PartHarness.find;
import static org.crm.enlace.specimens.ui.tests.PartHarness.onScreen;
import static org.crm.enlace.specimens.ui.tests.PartHarness.pixel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.ui.SpecimenCanvas;
import org.crm.enlace.specimens.ui.SpecimenViewerPart;
import org.crm.enlace.specimens.ui.SpecimenViewerPart.Feature;
import org.crm.enlace.specimens.ui.SpecimenViewers;
import org.crm.enlace.specimens.ui.ViewTransform.Box;
import org.crm.enlace.specimens.ui.tests.ViewerStores.Fixture;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The specimen viewer made by E4's injector on a real Derby store whose images were imported through ImageImport;
 * screenshots in {@code target/screenshots/viewer-*.png}.
 */
class SpecimenViewerPartTest {

	@TempDir
	Path data;

	@Test
	void theCalloutsAreDrawnOverThePixelsTheyNameAtFitAndWhenZoomed() {
		withViewer((fixture, harness, viewer) -> {
			SpecimenCanvas canvas = viewer.canvas();
			assertEquals(java.util.Optional.of(Light.VISIBLE), viewer.light());
			Callout guilloche = canvas.callouts().getFirst();
			assertEquals(1, canvas.callouts().size(), "only the callouts on the visible image of page 1");

			// The geometry, computed here from the canvas size alone: the page fitted and centred.
			int width = canvas.getClientArea().width;
			int height = canvas.getClientArea().height;
			double scale = Math.min((double) width / ViewerStores.WIDTH, (double) height / ViewerStores.HEIGHT);
			double left = (width - ViewerStores.WIDTH * scale) / 2;
			double top = (height - ViewerStores.HEIGHT * scale) / 2;
			Box expected = new Box((int) Math.floor(left + 50 * scale), (int) Math.floor(top + 40 * scale),
					(int) Math.ceil(left + 170 * scale) - (int) Math.floor(left + 50 * scale),
					(int) Math.ceil(top + 100 * scale) - (int) Math.floor(top + 40 * scale));
			assertEquals(expected, canvas.viewBox(guilloche));
			framedAt(canvas, canvas.viewBox(guilloche));
			Screenshots.saveForReview(harness.shell(), "viewer-fit");

			double[] corner = canvas.transform().toView(50, 40);
			canvas.transform().zoomAt(3, corner[0], corner[1]);
			Box zoomed = canvas.viewBox(guilloche);
			assertEquals((int) Math.floor(corner[0]), zoomed.x(), "the frame's corner stays under the point zoomed about");
			assertEquals((int) Math.floor(corner[1]), zoomed.y());
			assertEquals(expected.width() * 3, zoomed.width(), 3);
			framedAt(canvas, zoomed);
			Screenshots.saveForReview(harness.shell(), "viewer-zoomed");
		});
	}

	@Test
	void choosingAFeatureOnAnotherLightSwitchesTheLightHighlightsAndCentresIt() {
		withViewer((fixture, harness, viewer) -> {
			List<String> rows = rows(find(harness.shell(), "viewer.features", Table.class));
			assertEquals(List.of("1 | 1 | Guilloches | Luz visible | Guilloches en el fondo",
					"1 | 2 | Fibras fluorescentes UV | Ultravioleta (365 nm) | Fibras rojas y azules",
					"2 | 3 | Marca de agua | Luz visible | "), rows);
			Feature fibres = viewer.features().get(1);
			viewer.selectFeature(fibres);
			Screenshots.settle(harness.shell().getDisplay());
			SpecimenCanvas canvas = viewer.canvas();
			assertEquals(java.util.Optional.of(Light.UV_365), viewer.light());
			assertTrue(find(harness.shell(), "viewer.light.UV_365", Button.class).getSelection());
			assertFalse(find(harness.shell(), "viewer.light.VISIBLE", Button.class).getSelection());
			assertEquals(java.util.Optional.of(fibres.callout()), canvas.selection());
			Box box = canvas.viewBox(fibres.callout());
			assertEquals(canvas.getClientArea().width / 2.0, box.x() + box.width() / 2.0, 1.5, "centred");
			assertEquals(canvas.getClientArea().height / 2.0, box.y() + box.height() / 2.0, 1.5, "centred");
			ImageData shown = framedAt(canvas, box);
			// Highlighted by shape, not colour alone: the selected frame is SELECTED_WIDTH thick, dashed, with tabs.
			assertEquals(SpecimenCanvas.FRAME, pixel(shown, box.x() - SpecimenCanvas.SELECTED_WIDTH / 2 - 2,
					box.y() - SpecimenCanvas.SELECTED_WIDTH / 2 - 2), "a corner tab outside the frame");
			Screenshots.saveForReview(harness.shell(), "viewer-feature-uv");

			Feature watermark = viewer.features().get(2);
			viewer.selectFeature(watermark);
			assertEquals(1, viewer.page(), "the second page");
			assertEquals(java.util.Optional.of(Light.VISIBLE), viewer.light(), "page 2 has no UV image");
			assertEquals(List.of(watermark.callout()), canvas.callouts());
		});
	}

	@Test
	void clickingACalloutChoosesItsRowAndSwitchingTheLightChangesTheImage() {
		withViewer((fixture, harness, viewer) -> {
			SpecimenCanvas canvas = viewer.canvas();
			Callout guilloche = canvas.callouts().getFirst();
			Box box = canvas.viewBox(guilloche);
			click(canvas, box.x() + box.width() / 2, box.y() + box.height() / 2);
			assertEquals(guilloche, viewer.selectedFeature().orElseThrow().callout());
			assertEquals(java.util.Optional.of(guilloche), canvas.selection());
			click(canvas, 2, 2);
			assertTrue(viewer.selectedFeature().isEmpty(), "a click beside every frame chooses none");

			double[] paper = canvas.transform().toView(300, 20); // plain paper above the word SPECIMEN
			int x = (int) paper[0];
			int y = (int) paper[1];
			RGB before = pixel(onScreen(canvas), x, y);
			assertEquals(rgb(ViewerStores.VISIBLE_PAPER), before);
			Button uv = find(harness.shell(), "viewer.light.UV_365", Button.class);
			assertEquals("&Ultravioleta (365 nm)", uv.getText(), "a mnemonic");
			uv.setSelection(true);
			uv.notifyListeners(SWT.Selection, new Event());
			RGB after = pixel(onScreen(canvas), x, y);
			assertEquals(rgb(ViewerStores.UV_PAPER), after);
			assertEquals(java.util.Optional.of(Light.UV_365), viewer.light());
			assertEquals(2, canvas.callouts().getFirst().getNumber());
			Screenshots.saveForReview(harness.shell(), "viewer-uv");
		});
	}

	@Test
	void theHeaderDescribesTheSpecimenAndTheAlertsOnItOpenACompare() {
		withViewer((fixture, harness, viewer) -> {
			assertEquals("Guatemala (GTM)", find(harness.shell(), "viewer.field.issuingState", Label.class).getText());
			assertEquals("Pasaporte", find(harness.shell(), "viewer.field.category", Label.class).getText());
			assertEquals("2022-03-01", find(harness.shell(), "viewer.field.firstIssued", Label.class).getText());
			assertTrue(viewer.hasThumbnails(), "made after the page image's first paint");
			Table pages = find(harness.shell(), "viewer.pages", Table.class);
			for (int i = 0; i < pages.getItemCount(); i++) {
				assertEquals(96, pages.getItem(i).getImage().getBounds().width, "page " + (i + 1) + "'s thumbnail");
			}
			Table alerts = find(harness.shell(), "viewer.alerts", Table.class);
			assertEquals(List.of("Falsificación total | MEX | 2026-11-20 | Puesto fronterizo terrestre: Puesto fronterizo"
					+ " ficticio | 1 | TLP:AMBER"), rows(alerts).stream().map(r -> r.replaceAll(", H\\d", "")).toList());
			alerts.select(0);
			alerts.notifyListeners(SWT.DefaultSelection, new Event());
			assertEquals(1, harness.opened().size());
			MPart compare = harness.opened().getFirst();
			assertEquals(SpecimenViewers.COMPARE, compare.getElementId());
			assertEquals(Map.of(SpecimenViewers.SPECIMEN_ID, fixture.specimen().getId(), SpecimenViewers.ALERT_ID,
					fixture.alert().getId()), compare.getTransientData());
			assertTrue(harness.self().getParent().getChildren().contains(compare), "opened beside the viewer");
			Screenshots.saveForReview(harness.shell(), "viewer-header-alerts");
		});
	}

	private interface ViewerCheck {
		void run(Fixture fixture, PartHost harness, SpecimenViewerPart viewer);
	}

	/* The passport with its alert in a store opened as Guatemala's liaison officer, and its viewer. */
	private void withViewer(ViewerCheck check) {
		Fixture fixture = ViewerStores.passportWithAlert(data);
		try (RecordStore store = ViewerStores.open(data, ViewerStores.GUATEMALA);
				PartHost harness = viewer(store, fixture)) {
			check.run(fixture, harness, harness.part(SpecimenViewerPart.class));
		}
	}

	static PartHost viewer(RecordStore store, Fixture fixture) {
		return PartHarness.host(SpecimenViewerPart.class, store,
				Map.of(SpecimenViewers.SPECIMEN_ID, fixture.specimen().getId()), 1260, 900);
	}

	/*
	 * The frame's colour on the box's left and bottom edges (somewhere along 16 pixels of each, as the selected
	 * frame is dashed), and the paper, not the frame, in the middle of the box.
	 */
	static ImageData framedAt(SpecimenCanvas canvas, Box box) {
		ImageData shown = onScreen(canvas);
		assertTrue(frameAlong(shown, box.x(), box.y() + box.height() / 2, 0, 1), "left edge " + box);
		assertTrue(frameAlong(shown, box.x() + box.width() / 2, box.y() + box.height() - 1, 1, 0), "bottom edge " + box);
		assertNotEquals(SpecimenCanvas.FRAME, pixel(shown, box.x() + box.width() / 2, box.y() + box.height() / 2),
				"inside");
		return shown;
	}

	private static boolean frameAlong(ImageData shown, int x, int y, int dx, int dy) {
		for (int step = 0; step < 16; step++) {
			if (SpecimenCanvas.FRAME.equals(pixel(shown, x + step * dx, y + step * dy))) {
				return true;
			}
		}
		return false;
	}

	static void click(SpecimenCanvas canvas, int x, int y) {
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.button = 1;
			event.x = x;
			event.y = y;
			canvas.notifyListeners(type, event);
		}
	}

	static RGB rgb(java.awt.Color color) {
		return new RGB(color.getRed(), color.getGreen(), color.getBlue());
	}

	static List<String> rows(Table table) {
		return java.util.Arrays.stream(table.getItems()).map(item -> {
			List<String> cells = new java.util.ArrayList<>();
			for (int c = 0; c < table.getColumnCount(); c++) {
				cells.add(item.getText(c));
			}
			return String.join(" | ", cells);
		}).toList();
	}
}
