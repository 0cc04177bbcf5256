package org.crm.enlace.plan;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.plan.internal.Messages;


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
 * The dashboard on paper for the vice-ministerial meeting: title, date, the indicators and the activities with their
 * status and deadline. The charts stay on screen; the tables say the same in words.
 */
public final class DashboardReport {

	private DashboardReport() {
	}

	/** @param progress told once per row written, so that a long report shows how far it is */
	public static void write(Dashboard dashboard, Locale locale, OutputStream out, Runnable progress) {
		Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
		Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
		Font plain = FontFactory.getFont(FontFactory.HELVETICA, 8);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(Messages.format("report.title", dashboard.plan().getCode()),
					FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
			document.add(new Paragraph(Messages.format("report.date", dashboard.asOf().toString()),
					FontFactory.getFont(FontFactory.HELVETICA, 10)));
			document.add(new Paragraph(Messages.format("report.indicators"), bold));
			PdfPTable indicators = table(new float[] { 6, 1.2f, 1.2f, 2, 5 }, bold, "column.indicator",
					"column.value", "column.target", "column.unit", "column.provenance");
			for (IndicatorReading r : dashboard.indicators()) {
				cells(indicators, plain, r.text(locale), r.value().map(BigDecimal::toPlainString).orElse("-"),
						r.target().map(BigDecimal::toPlainString).orElse("-"), Units.label(r.unit(), locale),
						Provenances.describe(r));
				progress.run();
			}
			document.add(indicators);
			document.add(new Paragraph(Messages.format("report.activities"), bold));
			PdfPTable activities = table(new float[] { 1, 8, 2, 2 }, bold, "column.code", "column.activity",
					"column.status", "column.deadline");
			for (Dashboard.Row row : dashboard.activities()) {
				cells(activities, plain, row.code(), locale.getLanguage().equals("es") ? row.textEs() : row.textEn(),
						Messages.format("status." + row.status().name())
								+ (row.late(dashboard.asOf()) ? Messages.format("status.late") : ""),
						row.deadline().map(Object::toString).orElse(Messages.format("report.noDeadline")));
				progress.run();
			}
			document.add(activities);
		} catch (DocumentException e) {
			throw new IllegalStateException(e);
		} finally {
			document.close();
		}
	}

	private static PdfPTable table(float[] widths, Font bold, String... headerKeys) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore(6);
		cells(table, bold, List.of(headerKeys).stream().map(Messages::format).toArray(String[]::new));
		return table;
	}

	private static void cells(PdfPTable table, Font font, String... texts) {
		for (String text : texts) {
			table.addCell(new PdfPCell(new Phrase(text, font)));
		}
	}
}
