package org.crm.enlace.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one source of "now" for the product, so that rules such as "verified within 180 days" can be tested against a
 * fixed date.
 */
public interface Clock {

	Instant now();

	/** Today's date in UTC: the network spans several time zones and records must agree on the day. */
	default LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

	static Clock system() {
		return Instant::now;
	}

	static Clock fixed(Instant instant) {
		return () -> instant;
	}
}
