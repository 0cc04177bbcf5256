package org.crm.enlace.training.ui;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.ui.RoundSteps;

/**
 * Where the bars of the "officials trained" chart go, without SWT so that a test can check it: per country a bar of
 * the officials trained next to a bar of the target, on a common vertical axis that starts at zero and ends at a
 * round number at or above the largest value.
 */
public record ChartGeometry(int axisMax, int tickStep, List<Slot> slots, Box plot) {

	/** A rectangle in pixels; y grows downwards as on a screen. */
	public record Box(int x, int y, int width, int height) {
	}

	/** One country: its two bars and where its code is written. */
	public record Slot(String country, int trained, int target, Box trainedBar, Box targetBar, int labelX) {
	}

	/** One country's values; a country without a target has 0. */
	public record Value(String country, int trained, int target) {
	}

	/** Room left of the axis for its numbers and under it for the countries' codes. */
	static final int LEFT = 40;
	static final int BOTTOM = 22;
	static final int TOP = 44;

	public static ChartGeometry of(List<Value> values, int width, int height) {
		int largest = values.stream().mapToInt(v -> Math.max(v.trained(), v.target())).max().orElse(0);
		int step = tickStep(largest);
		int axisMax = Math.max(step, (largest + step - 1) / step * step);
		Box plot = new Box(LEFT, TOP, Math.max(1, width - LEFT - 8), Math.max(1, height - TOP - BOTTOM));
		List<Slot> slots = new ArrayList<>();
		int slotWidth = values.isEmpty() ? 0 : plot.width() / values.size();
		int barWidth = Math.max(2, slotWidth / 3);
		for (int i = 0; i < values.size(); i++) {
			Value value = values.get(i);
			int x = plot.x() + i * slotWidth + slotWidth / 6;
			slots.add(new Slot(value.country(), value.trained(), value.target(),
					bar(plot, x, barWidth, value.trained(), axisMax),
					bar(plot, x + barWidth, barWidth, value.target(), axisMax), x));
		}
		return new ChartGeometry(axisMax, step, List.copyOf(slots), plot);
	}

	/** The height in pixels of a value on the axis. */
	public int y(int value) {
		return plot.y() + plot.height() - (int) Math.round((double) value * plot.height() / axisMax);
	}

	private static Box bar(Box plot, int x, int width, int value, int axisMax) {
		int height = (int) Math.round((double) value * plot.height() / axisMax);
		return new Box(x, plot.y() + plot.height() - height, width, height);
	}

	/** 1, 2 or 5 times a power of ten, so that the axis has at most about five ticks. */
	static int tickStep(int largest) {
		// At most five steps under the largest value: a step above a sixth of it.
		return (int) RoundSteps.atLeast(largest / 6 + 1);
	}
}
