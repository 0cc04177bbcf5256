package org.crm.enlace.compliance.ui;

import java.util.List;

import org.crm.enlace.compliance.ComplianceBoard;
import org.crm.enlace.compliance.ComplianceRow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Bars comparing the member countries: the share of their available spaces that are complete, drawn with SWT's GC
 * (no chart library is in the target, and one bar per country needs none). Each bar carries its percentage as text,
 * so the chart does not depend on colour alone.
 */
public final class BoardChart extends Canvas {

	private static final int LABEL_HEIGHT = 18;
	private List<ComplianceRow> rows = List.of();

	public BoardChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(e -> paint(e.gc));
	}

	public void setRows(List<ComplianceRow> rows) {
		this.rows = List.copyOf(rows);
		redraw();
	}

	/** Per country, in board order, the share drawn (0 to 1): what a test reads back. */
	public double share(String country) {
		return ComplianceBoard.completeShare(rows, country);
	}

	private void paint(GC gc) {
		Point size = getSize();
		List<String> countries = rows.stream().map(ComplianceRow::country).distinct().toList();
		if (countries.isEmpty()) {
			return;
		}
		int slot = Math.max(1, size.x / countries.size());
		int plotHeight = Math.max(1, size.y - 2 * LABEL_HEIGHT);
		Color bar = new Color(getDisplay(), 46, 125, 50);
		try {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			for (int i = 0; i < countries.size(); i++) {
				String country = countries.get(i);
				double share = share(country);
				int height = (int) Math.round(share * plotHeight);
				int x = i * slot + slot / 6;
				int width = Math.max(1, slot * 2 / 3);
				gc.setBackground(bar);
				gc.fillRectangle(x, LABEL_HEIGHT + plotHeight - height, width, height);
				gc.drawRectangle(x, LABEL_HEIGHT, width, plotHeight);
				String percent = Math.round(share * 100) + "%";
				gc.drawString(percent, x, Math.max(0, LABEL_HEIGHT + plotHeight - height - LABEL_HEIGHT), true);
				gc.drawString(country, x, LABEL_HEIGHT + plotHeight + 2, true);
			}
		} finally {
			bar.dispose();
		}
	}
}
