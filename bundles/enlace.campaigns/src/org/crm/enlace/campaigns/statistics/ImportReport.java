package org.crm.enlace.campaigns.statistics;

import java.util.List;

import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.core.validation.Problem;

/**
 * What an import of statistics did: either every row was good and {@code saved} holds the stored records, or
 * {@code problems} lists every bad row and nothing at all was saved.
 *
 * @param rows the data rows read (the header left out)
 */
public record ImportReport(int rows, List<Problem> problems, List<VictimStatistics> saved) {

	public ImportReport {
		problems = List.copyOf(problems);
		saved = List.copyOf(saved);
	}

	public boolean succeeded() {
		return problems.isEmpty();
	}
}
