package org.crm.enlace.training.sheet;

import java.util.List;

/**
 * One row of a spreadsheet as text.
 *
 * @param number the row's number as the spreadsheet program shows it (1 for the first line of the file)
 * @param cells  the cells from the first column, trimmed; a missing cell is empty
 */
public record SheetRow(int number, List<String> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	public boolean isEmpty() {
		return cells.stream().allMatch(String::isEmpty);
	}

	public String cell(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}
}
