package org.crm.enlace.compliance.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crm.enlace.compliance.ComplianceRow;
import org.crm.enlace.compliance.Reminder;

/**
 * Machine-readable CSV (RFC 4180) of the board and of the reminders: fixed English column names and status codes,
 * for the Secretariat's scripts; the texts of what is missing are in the user's language. The output is flushed,
 * never closed: it may be the standard output.
 */
public final class BoardCsv {

	public static final List<String> BOARD_COLUMNS = List.of("country", "space", "status", "deadline", "daysLeft",
			"missing");
	public static final List<String> REMINDER_COLUMNS = List.of("country", "emails", "deadline", "daysLeft",
			"missing");

	private BoardCsv() {
	}

	public static void board(List<ComplianceRow> rows, Appendable out) {
		try {
			CSVPrinter printer = printer(out, BOARD_COLUMNS);
			for (ComplianceRow row : rows) {
				printer.printRecord(row.country(), row.space(), row.status().name(), row.deadline().toString(),
						row.daysLeft(), String.join("; ", row.missing()));
			}
			printer.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void reminders(List<Reminder> reminders, Appendable out) {
		try {
			CSVPrinter printer = printer(out, REMINDER_COLUMNS);
			for (Reminder reminder : reminders) {
				printer.printRecord(reminder.country(), String.join(" ", reminder.emails()),
						reminder.deadline().toString(), reminder.daysLeft(), String.join("; ", reminder.missing()));
			}
			printer.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static CSVPrinter printer(Appendable out, List<String> columns) throws IOException {
		return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
	}
}
