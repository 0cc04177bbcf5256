package org.crm.enlace.plan.ui.internal.map;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Values put into at most {@link #MAX} classes for shading a map: when there are no more distinct values than
 * classes, each value is a class of its own (a 0/1 indicator reads as "0" and "1", not as ranges); otherwise equal
 * intervals from the smallest to the largest value, each class up to and including its upper bound.
 *
 * @param classes in increasing order; the first starts at the smallest value
 */
public record ValueClasses(List<Range> classes) {

	public static final int MAX = 4;

	/** A class's values: {@code lower} excluded except in the first class; equal bounds for a single value. */
	public record Range(BigDecimal lower, BigDecimal upper) {

		/** "3" for a single value, "2.5 – 5" for an interval. */
		public String label() {
			return lower.compareTo(upper) == 0 ? upper.toPlainString()
					: lower.toPlainString() + " \u2013 " + upper.toPlainString();
		}
	}

	public ValueClasses {
		classes = List.copyOf(classes);
	}

	public static ValueClasses of(Collection<BigDecimal> values) {
		List<BigDecimal> distinct = values.stream().map(BigDecimal::stripTrailingZeros).distinct().sorted().toList();
		if (distinct.size() <= MAX) {
			return new ValueClasses(distinct.stream().map(v -> new Range(v, v)).toList());
		}
		BigDecimal min = distinct.getFirst();
		BigDecimal max = distinct.getLast();
		BigDecimal step = max.subtract(min).divide(BigDecimal.valueOf(MAX), MathContext.DECIMAL64);
		List<BigDecimal> bounds = IntStream.rangeClosed(0, MAX)
				.mapToObj(i -> i == MAX ? max : round(min.add(step.multiply(BigDecimal.valueOf(i))))).toList();
		return new ValueClasses(
				IntStream.range(0, MAX).mapToObj(i -> new Range(bounds.get(i), bounds.get(i + 1))).toList());
	}

	public int count() {
		return classes.size();
	}

	/** The class a value falls in: the first whose upper bound it does not exceed (the last for anything above). */
	public int classOf(BigDecimal value) {
		for (int i = 0; i < classes.size(); i++) {
			if (value.compareTo(classes.get(i).upper()) <= 0) {
				return i;
			}
		}
		return classes.size() - 1;
	}

	/* Bounds with two decimals at most, so that the legend reads "2.75", not "2.7500000000". */
	private static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
	}
}
