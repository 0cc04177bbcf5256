package org.crm.enlace.compliance.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.compliance.ComplianceRow;
import org.crm.enlace.compliance.Reminder;
import org.crm.enlace.compliance.internal.Messages;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The board exported to XLSX (fastexcel) and PDF (OpenPDF) for the Secretariat, and the reminders as plain text.
 * Texts are in the user's language; callers record the export in the audit log.
 */
public final class BoardExports {

	private BoardExports() {
	}

	public static void xlsx(List<ComplianceRow> rows, LocalDate today, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Enlace", "0.1");
			Worksheet sheet = workbook.newWorksheet(Messages.get("export.sheet"));
			List<String> header = BoardTable.header();
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < rows.size(); r++) {
				List<String> cells = BoardTable.cells(rows.get(r));
				for (int c = 0; c < cells.size(); c++) {
					if (c == 4) {
						sheet.value(r + 1, c, rows.get(r).daysLeft()); // a number, so a spreadsheet can sort it
					} else {
						sheet.value(r + 1, c, cells.get(c));
					}
				}
			}
			sheet.value(rows.size() + 2, 0, Messages.format("export.asOf", today.toString()));
			workbook.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void pdf(List<ComplianceRow> rows, LocalDate today, OutputStream out) {
		Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(Messages.format("export.title", today.toString()),
					FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
			PdfPTable table = new PdfPTable(new float[] { 1, 3, 2, 2, 1.2f, 8 });
			table.setWidthPercentage(100);
			table.setHeaderRows(1);
			Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
			Font plain = FontFactory.getFont(FontFactory.HELVETICA, 8);
			BoardTable.header().forEach(h -> table.addCell(new PdfPCell(new Phrase(h, bold))));
			for (ComplianceRow row : rows) {
				BoardTable.cells(row).forEach(cell -> table.addCell(new PdfPCell(new Phrase(cell, plain))));
			}
			document.add(table);
		} catch (DocumentException e) {
			throw new IllegalStateException(e);
		} finally {
			document.close();
		}
	}

	/** One paragraph per country: to whom, by when, what is missing. */
	public static String remindersText(List<Reminder> reminders) {
		StringBuilder text = new StringBuilder();
		for (Reminder reminder : reminders) {
			String to = reminder.emails().isEmpty() ? Messages.get("reminder.noContact")
					: String.join(", ", reminder.emails());
			text.append(Messages.format("reminder.heading", reminder.country(), to, reminder.deadline().toString(),
					reminder.daysLeft())).append('\n');
			reminder.missing().forEach(m -> text.append("  - ").append(m).append('\n'));
			text.append('\n');
		}
		return text.toString();
	}
}
