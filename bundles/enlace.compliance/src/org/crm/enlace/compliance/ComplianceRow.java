package org.crm.enlace.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * One cell of the board: a member country and a space.
 *
 * @param country    ISO 3166-1 alpha-3 code
 * @param space      the space's id
 * @param spaceLabel the space's title in the user's language
 * @param status     what the space's rule found
 * @param deadline   approval plus 4 months
 * @param daysLeft   days until the deadline, negative when late
 * @param missing    what exactly is missing, in the user's language
 */
public record ComplianceRow(String country, String space, String spaceLabel, ComplianceStatus status,
		LocalDate deadline, long daysLeft, List<String> missing) {

	public ComplianceRow {
		missing = List.copyOf(missing);
	}

	public boolean late() {
		return daysLeft < 0 && status.owesSomething();
	}
}
