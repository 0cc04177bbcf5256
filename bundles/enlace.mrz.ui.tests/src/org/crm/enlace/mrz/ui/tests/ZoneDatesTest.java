package org.crm.enlace.mrz.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.crm.enlace.mrz.ZoneDates;
import org.junit.jupiter.api.Test;

/** The century chosen for a zone's YYMMDD, on 2026-11-29. */
class ZoneDatesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	@Test
	void aBirthDateIsTheLatestDayNotAfterToday() {
		assertEquals(Optional.of(LocalDate.of(1974, 8, 12)), ZoneDates.birth("740812", TODAY));
		assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), ZoneDates.birth("250101", TODAY));
		assertEquals(Optional.of(LocalDate.of(2026, 11, 29)), ZoneDates.birth("261129", TODAY), "born today");
		assertEquals(Optional.of(LocalDate.of(1926, 11, 30)), ZoneDates.birth("261130", TODAY), "tomorrow");
		assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), ZoneDates.birth("000229", TODAY));
	}

	@Test
	void anExpiryDateIsWithinFiftyYearsOfToday() {
		assertEquals(Optional.of(LocalDate.of(2012, 4, 15)), ZoneDates.expiry("120415", TODAY));
		assertEquals(Optional.of(LocalDate.of(1996, 12, 10)), ZoneDates.expiry("961210", TODAY));
		assertEquals(Optional.of(LocalDate.of(2035, 12, 31)), ZoneDates.expiry("351231", TODAY));
		assertEquals(Optional.of(LocalDate.of(2076, 11, 29)), ZoneDates.expiry("761129", TODAY), "50 years ahead");
		assertEquals(Optional.of(LocalDate.of(1976, 11, 30)), ZoneDates.expiry("761130", TODAY), "a day more");
	}

	@Test
	void fillersLettersAndDaysThatDoNotExistHaveNoReading() {
		assertEquals(Optional.empty(), ZoneDates.birth("74<<<<", TODAY), "an unknown part");
		assertEquals(Optional.empty(), ZoneDates.birth("74O812", TODAY), "a letter O");
		assertEquals(Optional.empty(), ZoneDates.birth("741312", TODAY), "month 13");
		assertEquals(Optional.empty(), ZoneDates.expiry("270229", TODAY), "2027 is no leap year");
		assertEquals(Optional.empty(), ZoneDates.expiry("7408", TODAY));
	}
}
