package org.crm.enlace.specimens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.ui.AlertEditorPart;
import org.crm.enlace.specimens.ui.AlertEditors;
import org.crm.enlace.specimens.ui.CalloutDrawing;
import org.crm.enlace.specimens.ui.CalloutTable;
import org.crm.enlace.specimens.ui.SpecimenCanvas;
import org.crm.enlace.specimens.ui.SpecimenEditorPart;
import org.crm.enlace.specimens.ui.SpecimenEditors;
import org.crm.enlace.specimens.ui.ViewTransform.Box;
import org.crm.enlace.specimens.ui.tests.ViewerStores.Fixture;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Callouts drawn with the mouse in the editors, on a real store and real SWT: the mouse events a user's drag sends
 * to the canvas make a callout whose box is the dragged one in image pixels; undo takes it away; a row and its box
 * choose each other.
 */
class CalloutDrawingTest {

	@TempDir
	Path data;

	@Test
	void aBoxDraggedOnThePageImageBecomesAnUndoableCallout() {
		Fixture fixture = ViewerStores.passportWithAlert(data);
		try (RecordStore store = ViewerStores.open(data, ViewerStores.GUATEMALA);
				EditorBench.Opened<SpecimenEditorPart> editor = EditorBench.part(SpecimenEditorPart.class, store,
						ViewerStores.GUATEMALA, null,
						Map.of(SpecimenEditors.SPECIMEN_ID, fixture.specimen().getId()))) {
			SpecimenPage first = editor.part().specimen().getPages().getFirst();
			Callout guilloche = first.getCallouts().getFirst();
			CalloutDrawing drawing = editor.part().pages().drawing(first);
			CalloutTable table = editor.part().pages().callouts(first);
			SpecimenCanvas canvas = drawing.canvas();
			editor.screenshotAt("editor-drawing-before", "editor.page1.drawing.canvas");
			assertEquals(guilloche.getImage(), drawing.shown().orElseThrow(), "the page's first image");
			assertEquals(List.of(guilloche), canvas.callouts(), "only the callouts on the image shown");

			table.viewer().setSelection(new StructuredSelection(guilloche));
			assertEquals(guilloche, canvas.selection().orElseThrow(), "the row highlights its box");
			Callout uvFibres = first.getCallouts().get(1);
			table.viewer().setSelection(new StructuredSelection(uvFibres));
			assertEquals(uvFibres.getImage(), drawing.shown().orElseThrow(), "a row on another image shows it");
			table.viewer().setSelection(new StructuredSelection(guilloche));

			Event d = new Event();
			d.character = 'd';
			canvas.notifyListeners(SWT.KeyDown, d);
			assertTrue(canvas.isDrawing(), "the key D starts drawing");
			assertTrue(editor.find("editor.page1.drawing.draw", Button.class).getSelection());
			int[] from = view(canvas, 300, 200);
			int[] to = view(canvas, 420, 290);
			drag(canvas, from, to);
			Box expected = canvas.transform().toImage(from[0], from[1], to[0], to[1]);
			assertEquals(3, first.getCallouts().size());
			Callout drawn = first.getCallouts().getLast();
			assertEquals(expected, SpecimenCanvas.imageBox(drawn));
			assertTrue(expected.width() > 100 && expected.height() > 70, "about the dragged image pixels: " + expected);
			assertEquals(4, drawn.getNumber(), "the record's next number");
			assertEquals(guilloche.getImage(), drawn.getImage());
			assertEquals(guilloche.getLight(), drawn.getLight());
			assertEquals("guilloche", drawn.getFeatureCode(), "the type of the row chosen before");
			assertEquals(drawn, selectedRow(table), "its row is chosen");
			assertEquals(drawn, canvas.selection().orElseThrow(), "and its box highlighted");
			assertTrue(editor.model().isDirty());
			editor.screenshotAt("editor-drawing-drawn", "editor.page1.drawing.canvas");

			editor.part().getEditingDomain().getCommandStack().undo();
			assertEquals(List.of(guilloche, uvFibres), first.getCallouts(), "undo takes the drawn callout away");
			assertEquals(List.of(guilloche), canvas.callouts());
			editor.part().getEditingDomain().getCommandStack().redo();
			assertEquals(drawn, first.getCallouts().getLast());
			assertEquals(List.of(guilloche, drawn), canvas.callouts());

			canvas.select(drawn);
			Box before = SpecimenCanvas.imageBox(drawn);
			double scale = canvas.transform().scale();
			int[] inside = view(canvas, before.x() + before.width() / 2.0, before.y() + before.height() / 2.0);
			drag(canvas, inside, new int[] { inside[0] + 30, inside[1] + 20 });
			Box moved = new Box(before.x() + (int) Math.round(30 / scale), before.y() + (int) Math.round(20 / scale),
					before.width(), before.height());
			assertEquals(moved, SpecimenCanvas.imageBox(drawn), "dragged from inside: moved, same size");
			assertEquals(3, first.getCallouts().size(), "no new callout");
			Box corner = canvas.viewBox(drawn);
			int[] bottomRight = { corner.x() + corner.width(), corner.y() + corner.height() };
			drag(canvas, bottomRight, new int[] { bottomRight[0] + 24, bottomRight[1] + 12 });
			Box resized = SpecimenCanvas.imageBox(drawn);
			assertEquals(moved.x(), resized.x(), "the top-left corner stays");
			assertEquals(moved.y(), resized.y());
			assertEquals(moved.width() + 24 / scale, resized.width(), 2);
			assertEquals(moved.height() + 12 / scale, resized.height(), 2);
			editor.screenshotAt("editor-drawing-reshaped", "editor.page1.drawing.canvas");
			editor.part().getEditingDomain().getCommandStack().undo();
			assertEquals(moved, SpecimenCanvas.imageBox(drawn), "undo: the resize");
			editor.part().getEditingDomain().getCommandStack().undo();
			assertEquals(before, SpecimenCanvas.imageBox(drawn), "undo: the move");

			drawing.setDrawing(false);
			int[] inGuilloche = view(canvas, 110, 70);
			SpecimenViewerPartTest.click(canvas, inGuilloche[0], inGuilloche[1]);
			assertEquals(guilloche, selectedRow(table), "a click on a box chooses its row");
			assertFalse(canvas.isDrawing());
		}
	}

	@Test
	void aDeviationIsDrawnOnTheAlertsOwnImage() {
		Fixture fixture = ViewerStores.passportWithAlert(data);
		try (RecordStore store = ViewerStores.open(data, ViewerStores.MEXICO);
				EditorBench.Opened<AlertEditorPart> editor = EditorBench.part(AlertEditorPart.class, store,
						ViewerStores.MEXICO, null, Map.of(AlertEditors.ALERT_ID, fixture.alert().getId()))) {
			FalseDocumentAlert alert = editor.part().alert();
			PageImage photo = alert.getImages().getFirst();
			SpecimenCanvas canvas = editor.part().drawing().canvas();
			assertEquals(photo, editor.part().drawing().shown().orElseThrow());
			editor.part().drawing().setDrawing(true);
			int[] from = view(canvas, 150, 100);
			int[] to = view(canvas, 250, 180);
			drag(canvas, from, to);
			assertEquals(2, alert.getDeviations().size());
			assertEquals(canvas.transform().toImage(from[0], from[1], to[0], to[1]),
					SpecimenCanvas.imageBox(alert.getDeviations().getLast()));
			assertEquals(2, alert.getDeviations().getLast().getNumber());
			editor.screenshotAt("alert-editor-drawing", "alertEditor.drawing.canvas");
			editor.part().getEditingDomain().getCommandStack().undo();
			assertEquals(1, alert.getDeviations().size());
		}
	}

	/* Where an image point is on the canvas now, rounded as a pointer position is. */
	private static int[] view(SpecimenCanvas canvas, double imageX, double imageY) {
		double[] point = canvas.transform().toView(imageX, imageY);
		return new int[] { (int) Math.round(point[0]), (int) Math.round(point[1]) };
	}

	/* What SWT sends for a drag with the first button: down, a few moves, up. */
	private static void drag(SpecimenCanvas canvas, int[] from, int[] to) {
		canvas.notifyListeners(SWT.MouseDown, mouse(from[0], from[1], 1));
		canvas.notifyListeners(SWT.MouseMove, mouse((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, 0));
		canvas.notifyListeners(SWT.MouseMove, mouse(to[0], to[1], 0));
		canvas.notifyListeners(SWT.MouseUp, mouse(to[0], to[1], 1));
	}

	private static Event mouse(int x, int y, int button) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		event.button = button;
		return event;
	}

	private static Object selectedRow(CalloutTable table) {
		return ((IStructuredSelection) table.viewer().getSelection()).getFirstElement();
	}
}
