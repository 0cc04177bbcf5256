package org.crm.enlace.entry.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.crm.enlace.core.store.Progress;

/** RFC 4180 CSV, UTF-8 with a byte-order mark (without it, Excel reads "Perú" as "PerÃº"), CRLF line ends. */
final class CsvWriter {

	private static final String BOM = "\uFEFF";
	private static final String CRLF = "\r\n";

	private CsvWriter() {
	}

	static boolean write(MatrixTable table, OutputStream out, Progress progress) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(BOM);
		line(writer, table.header());
		int row = 0;
		for (List<String> line : table.lines()) {
			line(writer, line);
			if (MatrixExport.stopAfter(++row, table.lines().size(), progress)) {
				return false;
			}
		}
		writer.flush();
		return true;
	}

	private static void line(Writer writer, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(quoted(fields.get(i)));
		}
		writer.write(CRLF);
	}

	private static String quoted(String field) {
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return '"' + field.replace("\"", "\"\"") + '"';
		}
		return field;
	}
}
