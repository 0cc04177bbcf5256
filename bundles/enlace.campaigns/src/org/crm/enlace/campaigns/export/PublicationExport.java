package org.crm.enlace.campaigns.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crm.enlace.campaigns.internal.Messages;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.Breakdown;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Victim statistics exported for publication, CSV and XLSX, always through {@link SmallCellSuppression}; each file
 * says so at its top. A suppressed count is an empty cell in CSV and the word for "suppressed" in XLSX, the same for
 * every suppressed cell whatever the reason.
 */
public final class PublicationExport {

	/** Fixed English column names and the model's codes, for scripts; a total's breakdown columns say TOTAL. */
	public static final List<String> COLUMNS = List.of("country", "period_start", "period_end", "population", "sex",
			"age_group", "exploitation", "nationality", "count", "suppressed");
	private static final String TOTAL = "TOTAL";

	private PublicationExport() {
	}

	/** CSV (RFC 4180) with the suppression note as {@code #} comment lines before the header; flushed, not closed. */
	public static void csv(List<VictimStatistics> statistics, Appendable out) {
		try {
			CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setCommentMarker('#').get());
			printer.printComment(note());
			printer.printRecord(COLUMNS);
			for (PublishedRow row : SmallCellSuppression.rows(statistics)) {
				List<String> cells = codes(row);
				printer.printRecord(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5),
						cells.get(6), cells.get(7), row.count().map(String::valueOf).orElse(""),
						row.count().isEmpty());
			}
			printer.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One sheet: the note in its first row, the header in the third, then the rows; counts as numbers. */
	public static void xlsx(List<VictimStatistics> statistics, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Enlace", "0.1");
			Worksheet sheet = workbook.newWorksheet(Messages.get("export.sheet"));
			sheet.value(0, 0, note());
			List<String> header = COLUMNS.subList(0, COLUMNS.size() - 1);
			for (int c = 0; c < header.size(); c++) {
				sheet.width(c, 20); // fixed: fitting the first column to the long note would make it unreadable
				sheet.value(2, c, Messages.get("export.column." + header.get(c)));
				sheet.style(2, c).bold().set();
			}
			int r = 3;
			for (PublishedRow row : SmallCellSuppression.rows(statistics)) {
				List<String> cells = codes(row);
				for (int c = 0; c < cells.size(); c++) {
					sheet.value(r, c, cells.get(c));
				}
				if (row.count().isPresent()) {
					sheet.value(r, cells.size(), row.count().get());
				} else {
					sheet.value(r, cells.size(), Messages.get("export.suppressed"));
				}
				r++;
			}
			workbook.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What the files say about suppression, in the user's language. */
	public static String note() {
		return Messages.format("export.note", SmallCellSuppression.THRESHOLD);
	}

	/* The row's columns before the count, as codes. */
	private static List<String> codes(PublishedRow row) {
		String sex = row.breakdown().map(b -> b.sex().getLiteral()).orElse(TOTAL);
		String age = row.breakdown().map(b -> b.ageGroup().getLiteral()).orElse(TOTAL);
		String exploitation = row.breakdown().map(b -> b.exploitation().getLiteral()).orElse(TOTAL);
		String nationality = row.breakdown().map(Breakdown::nationality).orElse(TOTAL);
		return List.of(row.country(), row.periodStart().toString(), row.periodEnd().toString(),
				row.population().getLiteral(), sex, age, exploitation, nationality);
	}
}
