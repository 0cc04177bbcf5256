package org.crm.enlace.directory;

import java.util.List;
import java.util.Optional;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Country;

/** One line of the directory: a country, its two active contacts and what it still owes. */
public record DirectoryRow(Country country, Optional<ContactPoint> permanent, Optional<ContactPoint> alternate,
		List<CompletenessIssue> issues) {

	public boolean isComplete() {
		return issues.isEmpty();
	}
}
