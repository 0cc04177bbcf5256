package org.crm.enlace.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * A reminder the Secretariat sends to one member country.
 *
 * @param country  ISO 3166-1 alpha-3 code
 * @param emails   the addresses of the country's active contact points (permanent first); empty when it has none
 * @param missing  what the country still has to enter, one line per space ("Space: what")
 * @param deadline the last day
 * @param daysLeft negative when late
 */
public record Reminder(String country, List<String> emails, List<String> missing, LocalDate deadline,
		long daysLeft) {

	public Reminder {
		emails = List.copyOf(emails);
		missing = List.copyOf(missing);
	}
}
