package org.crm.enlace.plan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.crm.enlace.plan.ui.internal.map.ValueClasses;
import org.junit.jupiter.api.Test;

/** Value classes of a map: few distinct values each their own class, many values equal intervals. */
class ValueClassesTest {

	@Test
	void aYesNoIndicatorHasTwoClassesOfOneValueEach() {
		ValueClasses classes = ValueClasses.of(numbers("1", "0", "1", "1.0", "0"));
		assertEquals(List.of("0", "1"), labels(classes));
		assertEquals(0, classes.classOf(BigDecimal.ZERO));
		assertEquals(1, classes.classOf(new BigDecimal("1.00")));
	}

	@Test
	void manyValuesFallIntoFourEqualIntervalsFromTheSmallestToTheLargest() {
		ValueClasses classes = ValueClasses.of(numbers("0", "3", "5", "7", "9", "10"));
		assertEquals(List.of("0 \u2013 2.5", "2.5 \u2013 5", "5 \u2013 7.5", "7.5 \u2013 10"), labels(classes));
		assertEquals(List.of(0, 1, 1, 2, 3, 3),
				Stream.of("0", "3", "5", "7", "9", "10").map(v -> classes.classOf(new BigDecimal(v))).toList(),
				"an upper bound belongs to its class");
	}

	@Test
	void boundsAreRoundedForTheLegend() {
		ValueClasses classes = ValueClasses.of(numbers("0", "0.1", "0.2", "0.3", "0.333333"));
		assertEquals(List.of("0 \u2013 0.08", "0.08 \u2013 0.17", "0.17 \u2013 0.25", "0.25 \u2013 0.333333"),
				labels(classes), "two decimals at most, the largest value as it is");
		assertEquals(1, ValueClasses.of(numbers("2", "2")).count(), "all equal: one class");
		assertEquals(0, ValueClasses.of(List.of()).count(), "no values, no classes");
	}

	private static List<BigDecimal> numbers(String... values) {
		return Stream.of(values).map(BigDecimal::new).toList();
	}

	private static List<String> labels(ValueClasses classes) {
		return classes.classes().stream().map(ValueClasses.Range::label).toList();
	}
}
