package org.crm.enlace.plan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.plan.ui.internal.ChartGeometry;
import org.junit.jupiter.api.Test;

/** The charts' pixels without SWT: bars clamped to their axis, days placed on the timeline, round ticks. */
class ChartGeometryTest {

	@Test
	void aBarIsItsShareOfTheAxisAndNeverLongerThanIt() {
		assertEquals(140, ChartGeometry.length(BigDecimal.valueOf(7), BigDecimal.valueOf(11), 220));
		assertEquals(220, ChartGeometry.length(BigDecimal.valueOf(30), BigDecimal.valueOf(11), 220));
		assertEquals(0, ChartGeometry.length(BigDecimal.valueOf(-3), BigDecimal.valueOf(11), 220));
		assertEquals(0, ChartGeometry.length(BigDecimal.ONE, BigDecimal.ZERO, 220));
	}

	@Test
	void aDayFallsInProportionBetweenTheEndsOfTheAxisAndOutsideDaysStayOnIt() {
		LocalDate from = LocalDate.parse("2026-01-01");
		LocalDate to = LocalDate.parse("2026-01-11");
		assertEquals(150, ChartGeometry.x(LocalDate.parse("2026-01-06"), from, to, 100, 100));
		assertEquals(100, ChartGeometry.x(LocalDate.parse("2025-12-01"), from, to, 100, 100));
		assertEquals(200, ChartGeometry.x(LocalDate.parse("2027-01-01"), from, to, 100, 100));
	}

	@Test
	void ticksAreRoundAndReachTheLargestValue() {
		assertEquals(List.of("0", "5", "10", "15"), plain(ChartGeometry.ticks(BigDecimal.valueOf(11))));
		assertEquals(List.of("0", "200", "400", "600"), plain(ChartGeometry.ticks(BigDecimal.valueOf(420))));
		assertEquals(List.of("0", "0.5", "1"), plain(ChartGeometry.ticks(BigDecimal.ONE)));
	}

	private static List<String> plain(List<BigDecimal> ticks) {
		return ticks.stream().map(BigDecimal::toPlainString).toList();
	}
}
