package org.crm.enlace.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.crm.enlace.training.sheet.SheetFiles;
import org.crm.enlace.training.sheet.SheetRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook written by hand the way other programs write them (inline strings, a custom date format, the 1904 date
 * system, cells without references, a second sheet), which fastexcel, used by the other tests, does not produce.
 */
class XlsxSheetTest {

	private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
	private static final String RELATIONSHIPS = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

	@TempDir
	Path folder;

	@Test
	void readsInlineStringsCustomDateFormatsAnd1904Dates() throws IOException {
		Path file = folder.resolve("other-program.xlsx");
		write(file, Map.of(
				"xl/workbook.xml", "<workbook " + MAIN + " " + RELATIONSHIPS + "><workbookPr date1904=\"1\"/><sheets>"
						+ "<sheet name=\"Lista\" sheetId=\"1\" r:id=\"rId2\"/><sheet name=\"Otra\" sheetId=\"2\" r:id=\"rId1\"/>"
						+ "</sheets></workbook>",
				"xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Target=\"worksheets/sheet2.xml\"/>"
						+ "<Relationship Id=\"rId2\" Target=\"/xl/worksheets/sheet1.xml\"/></Relationships>",
				"xl/styles.xml", "<styleSheet " + MAIN + "><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
						+ "formatCode=\"[$-es-GT]d &quot;de&quot; mmmm &quot;de&quot; yyyy\"/></numFmts>"
						+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
						+ "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>",
				"xl/worksheets/sheet1.xml", "<worksheet " + MAIN + "><sheetData>"
						+ "<row r=\"1\"><c t=\"inlineStr\"><is><t>full_name</t></is></c><c t=\"inlineStr\"><is><r><t>co</t></r><r><t>mpleted_on</t></r></is></c></row>"
						+ "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t> Ana Ficticia </t></is></c><c r=\"C3\" s=\"1\"><v>44694</v></c><c r=\"D3\" s=\"2\"><v>80.50</v></c><c r=\"E3\" t=\"b\"><v>1</v></c></row>"
						+ "</sheetData></worksheet>",
				"xl/worksheets/sheet2.xml", "<worksheet " + MAIN + "><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>otra hoja</t></is></c></row></sheetData></worksheet>"));
		List<SheetRow> rows = SheetFiles.xlsx(file);
		assertEquals(List.of(new SheetRow(1, List.of("full_name", "completed_on")), new SheetRow(2, List.of()),
				new SheetRow(3, List.of("Ana Ficticia", "", "2026-05-14", "80.5", "TRUE"))), rows);
	}

	private static void write(Path file, Map<String, String> parts) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
	}
}
