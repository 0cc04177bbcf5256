package org.crm.enlace.plan.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.ui.RoundSteps;

/** Where the charts put things, in pixels, kept apart from SWT so that it can be tested on its own. */
public final class ChartGeometry {

	private ChartGeometry() {
	}

	/** The length of a bar of {@code value} on an axis of {@code length} pixels that ends at {@code max}. */
	public static int length(BigDecimal value, BigDecimal max, int length) {
		if (max.signum() <= 0 || value.signum() <= 0) {
			return 0;
		}
		BigDecimal clamped = value.min(max);
		return clamped.multiply(BigDecimal.valueOf(length)).divide(max, 0, RoundingMode.HALF_UP).intValue();
	}

	/** The x of a day on an axis from {@code from} to {@code to} drawn from {@code left}, {@code width} wide. */
	public static int x(LocalDate day, LocalDate from, LocalDate to, int left, int width) {
		long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
		long offset = Math.clamp(ChronoUnit.DAYS.between(from, day), 0, span);
		return left + (int) (offset * width / span);
	}

	/** Up to five round ticks from 0 to at least {@code max}: 0, 5, 10... or 0, 20, 40... */
	public static List<BigDecimal> ticks(BigDecimal max) {
		double top = Math.max(1, max.doubleValue());
		double step = RoundSteps.atLeast(top / 4);
		List<BigDecimal> ticks = new ArrayList<>();
		for (double tick = 0; tick < top + step; tick += step) {
			ticks.add(BigDecimal.valueOf(tick).stripTrailingZeros());
		}
		return ticks;
	}
}
