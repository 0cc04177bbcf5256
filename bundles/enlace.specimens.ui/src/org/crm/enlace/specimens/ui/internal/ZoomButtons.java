package org.crm.enlace.specimens.ui.internal;

import org.crm.enlace.specimens.ui.SpecimenCanvas;
import org.crm.enlace.specimens.ui.ViewTransform;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

/** Zoom in, zoom out, fit and actual size as buttons, for those who use neither the wheel nor the canvas' keys. */
public final class ZoomButtons {

	private static final double STEP = 1.25;

	private ZoomButtons() {
	}

	public static Composite add(Composite parent, String id, SpecimenCanvas canvas) {
		Composite row = new Composite(parent, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(4).applyTo(row);
		ViewTransform transform = canvas.transform();
		button(row, id + ".zoomIn", "viewer.zoomIn", () -> zoom(canvas, STEP));
		button(row, id + ".zoomOut", "viewer.zoomOut", () -> zoom(canvas, 1 / STEP));
		button(row, id + ".fit", "viewer.fit", transform::fit);
		button(row, id + ".actualSize", "viewer.actualSize", transform::actualSize);
		return row;
	}

	private static void zoom(SpecimenCanvas canvas, double factor) {
		Rectangle area = canvas.getClientArea();
		canvas.transform().zoomAt(factor, area.width / 2.0, area.height / 2.0);
	}

	private static void button(Composite row, String id, String key, Runnable action) {
		PushButtons.add(row, id, key, action).setToolTipText(Messages.format(key + ".tip"));
	}
}
