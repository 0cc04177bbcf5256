package org.crm.enlace.entry;

import java.util.List;

/**
 * An entry-matrix CSV file, read and checked line by line.
 *
 * @param dataLines how many lines followed the header (blank ones included)
 * @param rows      the valid lines, in file order; of a repeated pair only the first
 * @param problems  every problem of every bad line, in file order
 */
public record ParsedMatrix(int dataLines, List<SourceRow> rows, List<LineProblem> problems) {

	public ParsedMatrix {
		rows = List.copyOf(rows);
		problems = List.copyOf(problems);
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}
}
