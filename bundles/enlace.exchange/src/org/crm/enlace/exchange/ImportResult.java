package org.crm.enlace.exchange;

import java.util.List;

import org.crm.enlace.model.Record;

/**
 * What reading an exchange document gave: its records when it is valid, or every problem found and no record (an
 * import applies all of a document or nothing).
 */
public record ImportResult(List<Record> records, List<ExchangeProblem> problems) {

	public ImportResult {
		records = List.copyOf(records);
		problems = List.copyOf(problems);
	}

	static ImportResult refused(List<ExchangeProblem> problems) {
		return new ImportResult(List.of(), problems);
	}

	public boolean isValid() {
		return problems.isEmpty();
	}
}
