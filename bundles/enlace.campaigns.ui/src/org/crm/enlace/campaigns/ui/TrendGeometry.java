package org.crm.enlace.campaigns.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.campaigns.statistics.DateRange;
import org.crm.enlace.campaigns.statistics.TrendPoint;
import org.crm.enlace.campaigns.statistics.TrendSeries;
import org.crm.enlace.ui.RoundSteps;

/**
 * Where the trend chart draws what, in pixels, without SWT: one bar per period (identified victims of trafficking)
 * placed on a time axis, one band per campaign period, and the value axis' ticks. Kept apart from the canvas so it
 * can be checked without a display.
 */
public record TrendGeometry(Box plot, List<Bar> bars, List<Box> bands, List<Tick> ticks) {

	/** Room left around the plot for the axes' labels and the bands' label. */
	public static final int LEFT = 56;
	public static final int RIGHT = 16;
	public static final int TOP = 40;
	public static final int BOTTOM = 60;

	public record Box(int x, int y, int width, int height) {
	}

	public record Bar(Box box, TrendPoint point) {
	}

	public record Tick(int y, long value) {
	}

	public static TrendGeometry of(TrendSeries series, int width, int height) {
		Box plot = new Box(LEFT, TOP, Math.max(1, width - LEFT - RIGHT), Math.max(1, height - TOP - BOTTOM));
		if (series.points().isEmpty() && series.campaignPeriods().isEmpty()) {
			return new TrendGeometry(plot, List.of(), List.of(), List.of());
		}
		LocalDate first = series.points().stream().map(TrendPoint::start)
				.min(LocalDate::compareTo).orElse(LocalDate.MAX);
		LocalDate last = series.points().stream().map(p -> p.end().plusDays(1))
				.max(LocalDate::compareTo).orElse(LocalDate.MIN);
		for (DateRange band : series.campaignPeriods()) {
			first = band.start().isBefore(first) ? band.start() : first;
			last = band.end().plusDays(1).isAfter(last) ? band.end().plusDays(1) : last;
		}
		long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
		long top = niceTop(series.points().stream().mapToLong(TrendPoint::victims).max().orElse(0));
		List<Bar> bars = new ArrayList<>();
		for (TrendPoint point : series.points()) {
			int x0 = x(plot, first, days, point.start());
			int x1 = x(plot, first, days, point.end().plusDays(1));
			// A gap between neighbouring bars keeps periods apart; a thin period still shows.
			int gap = Math.min(4, (x1 - x0) / 6);
			int barHeight = (int) Math.round((double) point.victims() * plot.height() / top);
			bars.add(new Bar(new Box(x0 + gap, plot.y() + plot.height() - barHeight,
					Math.max(1, x1 - x0 - 2 * gap), barHeight), point));
		}
		List<Box> bands = new ArrayList<>();
		for (DateRange band : series.campaignPeriods()) {
			int x0 = x(plot, first, days, band.start());
			int x1 = x(plot, first, days, band.end().plusDays(1));
			bands.add(new Box(x0, plot.y(), Math.max(1, x1 - x0), plot.height()));
		}
		List<Tick> ticks = new ArrayList<>();
		long step = top / 4;
		for (long value = 0; value <= top; value += step) {
			ticks.add(new Tick(plot.y() + plot.height() - (int) Math.round((double) value * plot.height() / top),
					value));
		}
		return new TrendGeometry(plot, bars, bands, ticks);
	}

	private static int x(Box plot, LocalDate first, long days, LocalDate day) {
		return plot.x() + (int) Math.round((double) ChronoUnit.DAYS.between(first, day) * plot.width() / days);
	}

	/* The smallest 4 x (1, 2 or 5 x 10^n) at or above the largest value: four ticks with round labels. */
	static long niceTop(long max) {
		return 4 * RoundSteps.atLeast(Math.max(1, (max + 3) / 4));
	}
}
