package org.crm.enlace.training.ui;

import java.util.List;

import org.crm.enlace.training.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Bars comparing countries: officials trained (filled) next to the target (outlined and hatched), each with its
 * number written above it and a legend in words, so that nothing depends on colour alone. Drawn with SWT's GC from
 * a {@link ChartGeometry}: no chart library is in the target.
 */
public final class TrainedChart extends Canvas {

	private List<ChartGeometry.Value> values = List.of();

	public TrainedChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		addPaintListener(e -> paint(e.gc));
	}

	public void setValues(List<ChartGeometry.Value> values) {
		this.values = List.copyOf(values);
		redraw();
	}

	/** What is drawn at the canvas's present size: what a test reads back. */
	public ChartGeometry geometry() {
		Point size = getSize();
		return ChartGeometry.of(values, size.x, size.y);
	}

	private void paint(GC gc) {
		ChartGeometry geometry = geometry();
		ChartGeometry.Box plot = geometry.plot();
		Color trained = new Color(getDisplay(), 21, 101, 192);
		try {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawString(Messages.format("chart.legend"), plot.x(), 2, true);
			int bottom = plot.y() + plot.height();
			gc.drawLine(plot.x(), plot.y(), plot.x(), bottom);
			gc.drawLine(plot.x(), bottom, plot.x() + plot.width(), bottom);
			for (int tick = 0; tick <= geometry.axisMax(); tick += geometry.tickStep()) {
				int y = geometry.y(tick);
				gc.drawLine(plot.x() - 4, y, plot.x(), y);
				String label = Integer.toString(tick);
				gc.drawString(label, plot.x() - 6 - gc.textExtent(label).x, y - gc.getFontMetrics().getHeight() / 2,
						true);
			}
			for (ChartGeometry.Slot slot : geometry.slots()) {
				ChartGeometry.Box bar = slot.trainedBar();
				gc.setBackground(trained);
				gc.fillRectangle(bar.x(), bar.y(), bar.width(), bar.height());
				hatch(gc, slot.targetBar());
				number(gc, slot.trained(), bar);
				number(gc, slot.target(), slot.targetBar());
				gc.drawString(slot.country(), slot.labelX(), bottom + 3, true);
			}
		} finally {
			trained.dispose();
		}
	}

	/** The target: an outline with diagonal lines, told apart from the filled bar by its pattern. */
	private static void hatch(GC gc, ChartGeometry.Box box) {
		if (box.height() == 0) {
			return;
		}
		gc.drawRectangle(box.x(), box.y(), box.width(), box.height());
		gc.setClipping(box.x(), box.y(), box.width(), box.height());
		for (int d = -box.height(); d < box.width(); d += 6) {
			gc.drawLine(box.x() + d, box.y() + box.height(), box.x() + d + box.height(), box.y());
		}
		gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
	}

	private static void number(GC gc, int value, ChartGeometry.Box bar) {
		gc.drawString(Integer.toString(value), bar.x(), bar.y() - gc.getFontMetrics().getHeight() - 1, true);
	}
}
