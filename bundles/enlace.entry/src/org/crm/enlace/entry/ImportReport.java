package org.crm.enlace.entry;

import java.util.List;

/**
 * What an import of an entry-matrix file did.
 *
 * @param linesRead     the lines after the header
 * @param problems      every problem of every bad line
 * @param memberRows    the valid lines whose destination is a member country: the rules the file proposes
 * @param created       rules the store did not hold
 * @param updated       unconfirmed rules that only imports had written, whose values the file changes
 * @param unchanged     rules the store holds with the file's values already
 * @param keptConfirmed rules left alone because the destination (or the Secretariat) confirmed them
 * @param keptEdited    rules left alone because a user changed them since the last import
 * @param keptDeleted   rules left alone because their owner deleted them
 * @param corrected     CA-4 rules read as travel on the national identity card instead of the file's value
 */
public record ImportReport(Outcome outcome, int linesRead, List<LineProblem> problems, int memberRows, int created,
		int updated, int unchanged, int keptConfirmed, int keptEdited, int keptDeleted, int corrected) {

	/** How the import ended. */
	public enum Outcome {
		/** The rules were stored (all of them, or with a partial import accepted, those of the valid lines). */
		IMPORTED,
		/** The file has bad lines and a partial import was not accepted: nothing was stored. */
		REFUSED,
		/** Cancelled through the progress: nothing was stored. */
		CANCELLED
	}

	public ImportReport {
		problems = List.copyOf(problems);
	}

	static ImportReport notImported(Outcome outcome, int linesRead, List<LineProblem> problems) {
		return new ImportReport(outcome, linesRead, problems, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	/** How many rules the import wrote. */
	public int stored() {
		return created + updated;
	}
}
