package org.crm.enlace.training.sheet;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the first sheet of a participant list as rows of text: CSV (comma or semicolon, as spreadsheet programs
 * write them in Spanish or English) or XLSX. Both keep empty rows, so that the import can report them.
 */
public final class SheetFiles {

	private SheetFiles() {
	}

	/** CSV in UTF-8 (a byte order mark is skipped); the delimiter is the header line's, comma or semicolon. */
	public static List<SheetRow> csv(Reader reader) throws IOException {
		String text = readAll(reader);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		char delimiter = delimiter(text);
		List<SheetRow> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
				.setTrim(true).get();
		for (CSVRecord record : format.parse(new java.io.StringReader(text))) {
			rows.add(new SheetRow((int) record.getRecordNumber(), record.toList()));
		}
		return rows;
	}

	/** The first worksheet of an XLSX workbook; cells with a date format come as ISO 8601 days. */
	public static List<SheetRow> xlsx(Path file) throws IOException {
		return XlsxSheet.read(file);
	}

	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';'
				: ',';
	}

	private static String readAll(Reader reader) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		for (int n; (n = reader.read(buffer)) > 0;) {
			text.append(buffer, 0, n);
		}
		return text.toString();
	}
}
