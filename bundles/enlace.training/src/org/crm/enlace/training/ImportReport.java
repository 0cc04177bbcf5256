package org.crm.enlace.training;

import java.util.List;

/**
 * What an import of a participant list did.
 *
 * @param outcome      whether the participants were stored
 * @param rowsRead     the rows after the header, empty ones at the end left out
 * @param problems     every problem of every bad row, in row order
 * @param participants the participants stored (IMPORTED), or none
 */
public record ImportReport(Outcome outcome, int rowsRead, List<RowProblem> problems, List<String> participants) {

	public enum Outcome {
		/** Every row was good: one participant per row, all stored in one transaction. */
		IMPORTED,
		/** At least one row was bad: nothing was stored. */
		REFUSED
	}

	public ImportReport {
		problems = List.copyOf(problems);
		participants = List.copyOf(participants);
	}
}
