package org.crm.enlace.compliance.export;

import java.util.List;

import org.crm.enlace.compliance.ComplianceRow;
import org.crm.enlace.compliance.internal.Messages;

/** The board as a table of texts, the same for every export: header, then one line per country and space. */
final class BoardTable {

	private BoardTable() {
	}

	static List<String> header() {
		return List.of(Messages.get("column.country"), Messages.get("column.space"), Messages.get("column.status"),
				Messages.get("column.deadline"), Messages.get("column.daysLeft"), Messages.get("column.missing"));
	}

	static List<String> cells(ComplianceRow row) {
		return List.of(row.country(), row.spaceLabel(), Messages.get("status." + row.status().name()),
				row.deadline().toString(), String.valueOf(row.daysLeft()), String.join("; ", row.missing()));
	}
}
