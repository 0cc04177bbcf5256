package org.crm.enlace.campaigns.ui;

import java.util.Optional;

import org.crm.enlace.campaigns.statistics.TrendSeries;
import org.crm.enlace.campaigns.ui.TrendGeometry.Bar;
import org.crm.enlace.campaigns.ui.TrendGeometry.Box;
import org.crm.enlace.campaigns.ui.TrendGeometry.Tick;
import org.crm.enlace.campaigns.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Draws a {@link TrendSeries} with SWT's GC: bars of identified victims of trafficking per period with their count
 * written above, and each campaign period as a hatched band labelled "Campaña", so the reading never depends on
 * colour alone.
 */
public final class TrendChart {

	private static final int HATCH_SPACING = 8;
	/* Fixed rather than the theme's: some themes make their light shadow white, and the band must show. */
	private static final Color BAND = new Color(222, 222, 222);

	private final Canvas canvas;
	private Optional<TrendSeries> series = Optional.empty();
	private String title = "";

	public TrendChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(e -> paint(e.gc));
	}

	public Canvas control() {
		return canvas;
	}

	public void show(TrendSeries shown, String chartTitle) {
		series = Optional.of(shown);
		title = chartTitle;
		canvas.redraw();
	}

	public Optional<TrendSeries> series() {
		return series;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(title, TrendGeometry.LEFT, 4, true);
		if (series.isEmpty() || series.get().points().isEmpty()) {
			gc.drawText(Messages.format("trend.empty"), TrendGeometry.LEFT, TrendGeometry.TOP, true);
			return;
		}
		TrendGeometry geometry = TrendGeometry.of(series.get(), area.width, area.height);
		geometry.bands().forEach(band -> paintBand(gc, band));
		Box plot = geometry.plot();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		for (Bar bar : geometry.bars()) {
			Box box = bar.box();
			gc.fillRectangle(box.x(), box.y(), box.width(), box.height());
			String count = Long.toString(bar.point().victims());
			Point size = gc.textExtent(count);
			gc.drawText(count, box.x() + (box.width() - size.x) / 2, box.y() - size.y - 1, true);
			String period = bar.point().start().toString().substring(0, 7);
			Point periodSize = gc.textExtent(period);
			gc.drawText(period, box.x() + (box.width() - periodSize.x) / 2, plot.y() + plot.height() + 4, true);
		}
		int bottom = plot.y() + plot.height();
		gc.drawLine(plot.x(), plot.y(), plot.x(), bottom);
		gc.drawLine(plot.x(), bottom, plot.x() + plot.width(), bottom);
		for (Tick tick : geometry.ticks()) {
			String value = Long.toString(tick.value());
			Point size = gc.textExtent(value);
			gc.drawLine(plot.x() - 4, tick.y(), plot.x(), tick.y());
			gc.drawText(value, plot.x() - 6 - size.x, tick.y() - size.y / 2, true);
		}
		gc.drawText(Messages.format("trend.legend"), TrendGeometry.LEFT, bottom + 22, true);
	}

	/* Light grey, diagonal hatching and the word above it: a campaign period whatever the screen shows of colour. */
	private void paintBand(GC gc, Box band) {
		gc.setBackground(BAND);
		gc.fillRectangle(band.x(), band.y(), band.width(), band.height());
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.setClipping(band.x(), band.y(), band.width(), band.height());
		for (int x = band.x() - band.height(); x < band.x() + band.width(); x += HATCH_SPACING) {
			gc.drawLine(x, band.y() + band.height(), x + band.height(), band.y());
		}
		gc.setClipping((Rectangle) null);
		gc.drawRectangle(band.x(), band.y(), band.width(), band.height());
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(Messages.format("trend.campaign"), band.x() + 2, band.y() - gc.getFontMetrics().getHeight() - 1,
				true);
	}
}
