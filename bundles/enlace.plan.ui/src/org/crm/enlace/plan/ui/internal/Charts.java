package org.crm.enlace.plan.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.crm.enlace.plan.Dashboard;
import org.crm.enlace.plan.IndicatorReading;
import org.crm.enlace.plan.Units;
import org.crm.enlace.plan.model.ActivityStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The dashboard's three charts drawn with a {@link GC}: a bar per indicator (value against target), the countries of
 * an indicator's breakdown side by side, and the activities against their deadlines. Every colour is doubled by a
 * text or a pattern, so that the charts read in black and white and for a colour-blind reader.
 */
public final class Charts {

	private static final int LABEL = 230;
	private static final int ROW = 26;

	private Charts() {
	}

	/** One row per indicator: the target as an outline, the value as a hatched bar, "value / target unit" beside. */
	public static void indicators(GC gc, Rectangle area, List<IndicatorReading> readings, Locale locale) {
		int width = area.width - LABEL - 220;
		int y = area.y + 4;
		for (IndicatorReading r : readings) {
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(shorten(gc, r.text(locale), LABEL - 10), area.x, y + 4, true);
			BigDecimal value = r.value().orElse(BigDecimal.ZERO);
			BigDecimal max = r.target().map(t -> t.max(value)).orElse(value);
			int left = area.x + LABEL;
			if (r.target().isPresent()) {
				gc.drawRectangle(left, y, ChartGeometry.length(r.target().get(), max, width), ROW - 6);
			}
			int length = ChartGeometry.length(value, max, width);
			hatch(gc, new Rectangle(left, y + 3, length, ROW - 12), gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE),
					8);
			String shown = r.value().map(BigDecimal::toPlainString).orElse("-");
			String unit = Units.label(r.unit(), locale);
			String said = r.target().map(t -> Messages.format("chart.valueOfTarget", shown, t.toPlainString(), unit))
					.orElseGet(() -> Messages.format("chart.valueNoTarget", shown, unit));
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(said, left + width + 10, y + 4, true);
			y += ROW;
		}
	}

	/** The first indicator that has a breakdown: a column per country with its code under it and its value on it. */
	public static void countries(GC gc, Rectangle area, Optional<IndicatorReading> reading, Locale locale) {
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		if (reading.isEmpty()) {
			gc.drawText(Messages.format("chart.noBreakdown"), area.x, area.y + 4, true);
			return;
		}
		Map<String, BigDecimal> values = new TreeMap<>(reading.get().breakdown());
		gc.drawText(Messages.format("chart.byCountry", reading.get().text(locale)), area.x, area.y, true);
		int axisLeft = area.x + 40;
		int top = area.y + 24;
		int bottom = area.y + area.height - 22;
		BigDecimal max = values.values().stream().reduce(BigDecimal.ONE, BigDecimal::max);
		List<BigDecimal> ticks = ChartGeometry.ticks(max);
		BigDecimal axisMax = ticks.getLast();
		gc.drawLine(axisLeft, top, axisLeft, bottom);
		gc.drawLine(axisLeft, bottom, area.x + area.width - 4, bottom);
		for (BigDecimal tick : ticks) {
			int y = bottom - ChartGeometry.length(tick, axisMax, bottom - top);
			gc.drawLine(axisLeft - 4, y, axisLeft, y);
			String text = tick.toPlainString();
			gc.drawText(text, axisLeft - 6 - gc.textExtent(text).x, y - 7, true);
		}
		int slot = Math.max(1, (area.width - 50) / Math.max(1, values.size()));
		int x = axisLeft + 6;
		for (Map.Entry<String, BigDecimal> country : values.entrySet()) {
			int height = ChartGeometry.length(country.getValue(), axisMax, bottom - top);
			int barWidth = Math.max(4, slot - 10);
			hatch(gc, new Rectangle(x, bottom - height, barWidth, height),
					gc.getDevice().getSystemColor(SWT.COLOR_DARK_CYAN), 6);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			gc.drawRectangle(x, bottom - height, barWidth, height);
			centred(gc, country.getKey(), x + barWidth / 2, bottom + 3);
			centred(gc, country.getValue().toPlainString(), x + barWidth / 2, bottom - height - 16);
			x += slot;
		}
	}

	/**
	 * A row per activity from the start of the axis to its deadline, in its status's colour and pattern with the
	 * status written beside; a diamond on the deadline, a vertical line on the day asked for.
	 */
	public static void timeline(GC gc, Rectangle area, Dashboard dashboard, Locale locale) {
		LocalDate asOf = dashboard.asOf();
		LocalDate from = Stream.concat(Stream.of(asOf.minusMonths(3), dashboard.plan().getPeriodFrom()),
				dashboard.activities().stream().map(r -> r.deadline().orElse(null)))
				.filter(d -> d != null).min(LocalDate::compareTo).orElseThrow();
		LocalDate to = Stream.concat(Stream.of(asOf.plusMonths(3), dashboard.plan().getPeriodTo()),
				dashboard.activities().stream().map(r -> r.deadline().orElse(null)))
				.filter(d -> d != null).max(LocalDate::compareTo).orElseThrow();
		int left = area.x + LABEL;
		int width = area.width - LABEL - 20;
		int y = area.y + 20;
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(from.toString(), left, area.y, true);
		String end = to.toString();
		gc.drawText(end, left + width - gc.textExtent(end).x, area.y, true);
		for (Dashboard.Row row : dashboard.activities()) {
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			String status = Messages.format("status." + row.status().name());
			String late = row.late(asOf) ? Messages.format("status.late") : "";
			// Codes repeat across work areas (1.1.1 three times): the area's prefix tells them apart.
			String workArea = row.key().substring(0, row.key().indexOf('-'));
			gc.drawText(shorten(gc, workArea + " " + row.code() + " " + status + late, LABEL - 10), area.x, y + 3, true);
			int endX = ChartGeometry.x(row.deadline().orElse(to), from, to, left, width);
			Rectangle bar = new Rectangle(left, y + 3, endX - left, ROW - 10);
			pattern(gc, bar, row.status());
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			if (row.deadline().isPresent()) {
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.drawRectangle(bar);
				diamond(gc, endX, y + ROW / 2 - 2);
				gc.drawText(row.deadline().get().toString(), endX + 8, y + 3, true);
			} else {
				gc.setLineStyle(SWT.LINE_DOT);
				gc.drawRectangle(bar);
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.drawText(Messages.format("chart.noDeadline"), left + 6, y + 3, true);
			}
			y += ROW;
		}
		int today = ChartGeometry.x(asOf, from, to, left, width);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_RED));
		gc.setLineWidth(2);
		gc.drawLine(today, area.y + 16, today, y);
		gc.setLineWidth(1);
		centred(gc, Messages.format("chart.today", asOf.toString()), today, y + 2);
	}

	/* DONE solid, IN_PROGRESS diagonal hatch, BLOCKED cross-hatch, NOT_STARTED left empty. */
	private static void pattern(GC gc, Rectangle bar, ActivityStatus status) {
		Color colour = gc.getDevice().getSystemColor(switch (status) {
		case DONE -> SWT.COLOR_DARK_GREEN;
		case IN_PROGRESS -> SWT.COLOR_DARK_YELLOW;
		case BLOCKED -> SWT.COLOR_RED;
		case NOT_STARTED -> SWT.COLOR_GRAY;
		});
		switch (status) {
		case DONE -> {
			gc.setBackground(colour);
			gc.fillRectangle(bar);
		}
		case IN_PROGRESS -> hatch(gc, bar, colour, 6);
		case BLOCKED -> {
			hatch(gc, bar, colour, 6);
			crossHatch(gc, bar, colour, 6);
		}
		case NOT_STARTED -> {
			// outline only
		}
		}
	}

	private static void hatch(GC gc, Rectangle bar, Color colour, int step) {
		if (bar.width <= 0 || bar.height <= 0) {
			return;
		}
		gc.setClipping(bar);
		gc.setForeground(colour);
		for (int x = bar.x - bar.height; x < bar.x + bar.width; x += step) {
			gc.drawLine(x, bar.y + bar.height, x + bar.height, bar.y);
		}
		gc.setClipping((Rectangle) null);
	}

	private static void crossHatch(GC gc, Rectangle bar, Color colour, int step) {
		if (bar.width <= 0) {
			return;
		}
		gc.setClipping(bar);
		gc.setForeground(colour);
		for (int x = bar.x; x < bar.x + bar.width + bar.height; x += step) {
			gc.drawLine(x, bar.y + bar.height, x - bar.height, bar.y);
		}
		gc.setClipping((Rectangle) null);
	}

	private static void diamond(GC gc, int x, int y) {
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.fillPolygon(new int[] { x, y - 6, x + 6, y, x, y + 6, x - 6, y });
	}

	private static void centred(GC gc, String text, int x, int y) {
		Point size = gc.textExtent(text);
		gc.drawText(text, x - size.x / 2, y, true);
	}

	private static String shorten(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String shorter = text;
		while (shorter.length() > 1 && gc.textExtent(shorter + "…").x > width) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter + "…";
	}
}
