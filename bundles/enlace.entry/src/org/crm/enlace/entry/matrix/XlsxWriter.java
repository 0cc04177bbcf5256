package org.crm.enlace.entry.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.entry.internal.Messages;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A workbook with the matrix on its first sheet (header in bold, frozen) and the legend on a second. */
final class XlsxWriter {

	private static final String APPLICATION = "Enlace";
	private static final String VERSION = "1.0";

	private XlsxWriter() {
	}

	static boolean write(MatrixTable table, OutputStream out, Progress progress) throws IOException {
		Workbook workbook = new Workbook(out, APPLICATION, VERSION);
		Worksheet sheet = workbook.newWorksheet(Messages.format("export.sheet.matrix"));
		for (int column = 0; column < table.header().size(); column++) {
			sheet.value(0, column, table.header().get(column));
		}
		sheet.range(0, 0, 0, table.header().size() - 1).style().bold().set();
		sheet.freezePane(2, 1);
		int row = 0;
		for (List<String> line : table.lines()) {
			row++;
			for (int column = 0; column < line.size(); column++) {
				sheet.value(row, column, line.get(column));
			}
			if (MatrixExport.stopAfter(row, table.lines().size(), progress)) {
				workbook.finish();
				return false;
			}
		}
		Worksheet legend = workbook.newWorksheet(Messages.format("export.sheet.legend"));
		List<String> entries = MatrixTable.legend();
		for (int i = 0; i < entries.size(); i++) {
			legend.value(i, 0, entries.get(i));
		}
		workbook.finish();
		return true;
	}
}
