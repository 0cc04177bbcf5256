package org.crm.enlace.entry.matrix;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.entry.PassportIndex;
import org.crm.enlace.entry.internal.Messages;
import org.crm.enlace.entry.matrix.MatrixTable.Shade;
import org.crm.enlace.entry.model.Requirement;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The matrix for print (OpenPDF): landscape A4 (A3 when more than the 11 members are columns), a title with the
 * export date and the filters, where the data comes from and how much of it is unconfirmed, the legend, then the
 * table with its header repeated on every page, each cell in its requirement's colour AND with its code (italics and
 * "?" while unconfirmed, as on screen), and a footer with the page number on every page. Helvetica's WinAnsi
 * encoding covers the accents of Spanish, English and French names.
 */
final class PdfMatrixWriter {

	private static final int A4_DESTINATIONS = 11;
	private static final float MARGIN = 24;
	/* Below the bottom margin's text area: room for the footer line. */
	private static final float FOOTER_SPACE = 12;
	private static final float CELL_SIZE = 7;
	private static final float NOTE_SIZE = 8;
	/* Code, nationality, region, then each destination, relative widths. */
	private static final float[] FIXED_WIDTHS = { 3.2f, 11, 7 };
	private static final float DESTINATION_WIDTH = 4.6f;

	private PdfMatrixWriter() {
	}

	static boolean write(MatrixTable table, OutputStream out, Progress progress) throws IOException {
		int destinations = table.header().size() - FIXED_WIDTHS.length;
		Rectangle page = (destinations <= A4_DESTINATIONS ? PageSize.A4 : PageSize.A3).rotate();
		Document document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN + FOOTER_SPACE);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPageEvent(new Footer(table.caption()));
			document.addTitle(Messages.format("export.title"));
			document.addCreator("Enlace");
			document.open();
			heading(document, table.caption());
			document.add(legend());
			PdfPTable matrix = matrix(table, destinations, progress);
			if (matrix == null) {
				return false;
			}
			document.add(matrix);
			return true;
		} catch (DocumentException e) {
			throw new IOException(e);
		} finally {
			document.close();
		}
	}

	private static void heading(Document document, MatrixTable.Caption caption) {
		document.add(new Paragraph(Messages.format("export.title"), font(FontFactory.HELVETICA_BOLD, 14)));
		Paragraph when = new Paragraph(Messages.format("export.pdf.subtitle", caption.exported().toString(),
				caption.filters()), font(FontFactory.HELVETICA, 9));
		when.setSpacingAfter(4);
		document.add(when);
		Font note = font(FontFactory.HELVETICA, NOTE_SIZE);
		for (Map.Entry<String, Long> source : caption.sources().entrySet()) {
			document.add(new Paragraph(Messages.format("export.pdf.source", source.getKey(), source.getValue()), note));
		}
		if (caption.sources().containsKey(PassportIndex.SOURCE.provenance())) {
			document.add(new Paragraph(Messages.format("export.pdf.unofficial"), note));
		}
		Paragraph unconfirmed = new Paragraph(Messages.format("export.pdf.unconfirmed", caption.unconfirmed(),
				caption.rules(), RequirementCodes.UNCONFIRMED_MARK), note);
		unconfirmed.setSpacingAfter(6);
		document.add(unconfirmed);
	}

	/* One swatch per requirement, each with its code and name, and the unconfirmed mark. */
	private static PdfPTable legend() {
		List<Requirement> requirements = RequirementCodes.STRICTNESS;
		PdfPTable legend = new PdfPTable(requirements.size() + 1);
		legend.setWidthPercentage(100);
		legend.setSpacingAfter(8);
		for (Requirement requirement : requirements) {
			legend.addCell(cell(RequirementCodes.code(requirement) + " = " + RequirementCodes.label(requirement),
					new Shade(requirement, false)));
		}
		legend.addCell(cell(RequirementCodes.UNCONFIRMED_MARK + " = " + Messages.format("legend.unconfirmed"),
				new Shade(null, true)));
		return legend;
	}

	/** @return null when cancelled */
	private static PdfPTable matrix(MatrixTable table, int destinations, Progress progress) {
		float[] widths = new float[FIXED_WIDTHS.length + destinations];
		System.arraycopy(FIXED_WIDTHS, 0, widths, 0, FIXED_WIDTHS.length);
		Arrays.fill(widths, FIXED_WIDTHS.length, widths.length, DESTINATION_WIDTH);
		PdfPTable matrix = new PdfPTable(widths);
		matrix.setWidthPercentage(100);
		matrix.setHeaderRows(1);
		Font bold = font(FontFactory.HELVETICA_BOLD, CELL_SIZE);
		for (String column : table.header()) {
			PdfPCell cell = new PdfPCell(new Phrase(column, bold));
			cell.setBackgroundColor(Color.LIGHT_GRAY);
			matrix.addCell(cell);
		}
		for (int row = 0; row < table.lines().size(); row++) {
			List<String> line = table.lines().get(row);
			List<Shade> shades = table.shades().get(row);
			for (int column = 0; column < line.size(); column++) {
				PdfPCell cell = cell(line.get(column), shades.get(column));
				if (column >= FIXED_WIDTHS.length) {
					cell.setHorizontalAlignment(Element.ALIGN_CENTER);
				}
				matrix.addCell(cell);
			}
			if (MatrixExport.stopAfter(row + 1, table.lines().size(), progress)) {
				return null;
			}
		}
		return matrix;
	}

	private static PdfPCell cell(String text, Shade shade) {
		String face = shade.unconfirmed() ? FontFactory.HELVETICA_OBLIQUE : FontFactory.HELVETICA;
		Font font = font(face, CELL_SIZE);
		shade.colour().ifPresent(r -> font.setColor(color(RequirementColours.text(r))));
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(2);
		shade.colour().ifPresent(r -> cell.setBackgroundColor(color(RequirementColours.background(r))));
		return cell;
	}

	private static Font font(String face, float size) {
		return FontFactory.getFont(face, size);
	}

	private static Color color(int rgb) {
		return new Color(rgb);
	}

	/** The page number and the export date under every page. */
	private static final class Footer extends PdfPageEventHelper {

		private final MatrixTable.Caption caption;

		Footer(MatrixTable.Caption caption) {
			this.caption = caption;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			Phrase footer = new Phrase(Messages.format("export.pdf.footer", Messages.format("export.title"),
					caption.exported().toString(), writer.getPageNumber()), font(FontFactory.HELVETICA, NOTE_SIZE));
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
					(document.left() + document.right()) / 2, document.bottom() - FOOTER_SPACE - 6, 0);
		}
	}
}
