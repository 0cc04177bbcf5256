package org.crm.enlace.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A zone's YYMMDD as a calendar day. The zone does not say the century, so it is chosen from what each date is:
 * a date of birth is never in the future, so it is the latest day not after today ({@code 740812} is 1974-08-12;
 * in 2026, {@code 250101} is 2025-01-01 and {@code 270101} 1927-01-01); a date of expiry lies within 50 years of
 * today either way ({@code 961210} is 1996-12-10 and {@code 351231} 2035-12-31 in 2026). A date with fillers (an
 * unknown part), letters or no such day has no reading. docs/mrz.md says why. Headless (the MRZ checker's part
 * and the co-travel alert's persons both read dates with it).
 */
public final class ZoneDates {

	private static final int EXPIRY_WINDOW_YEARS = 50;

	private ZoneDates() {
	}

	public static Optional<LocalDate> birth(String yymmdd, LocalDate today) {
		return day(yymmdd, today, (yyyymmdd, now) -> yyyymmdd > now ? -100 : 0);
	}

	public static Optional<LocalDate> expiry(String yymmdd, LocalDate today) {
		int window = EXPIRY_WINDOW_YEARS * 10_000;
		return day(yymmdd, today,
				(yyyymmdd, now) -> yyyymmdd > now + window ? -100 : yyyymmdd < now - window ? 100 : 0);
	}

	/* Which century is told on YYYYMMDD numbers, so that February 29 is checked in the year finally chosen. */
	private interface CenturyShift {
		int years(int yyyymmdd, int today);
	}

	private static Optional<LocalDate> day(String yymmdd, LocalDate today, CenturyShift shift) {
		if (yymmdd.length() != 6 || !yymmdd.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		int year = today.getYear() / 100 * 100 + Integer.parseInt(yymmdd.substring(0, 2));
		int month = Integer.parseInt(yymmdd.substring(2, 4));
		int day = Integer.parseInt(yymmdd.substring(4, 6));
		int now = today.getYear() * 10_000 + today.getMonthValue() * 100 + today.getDayOfMonth();
		year += shift.years(year * 10_000 + month * 100 + day, now);
		try {
			return Optional.of(LocalDate.of(year, month, day));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}
}
