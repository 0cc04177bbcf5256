package org.crm.enlace.records;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as users of every member country read them alike: ISO 8601 in UTC, to the second. */
public final class IsoTimes {

	private IsoTimes() {
	}

	/** E.g. "2026-11-29T12:00:00Z"; empty for no time. */
	public static String of(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}
}
