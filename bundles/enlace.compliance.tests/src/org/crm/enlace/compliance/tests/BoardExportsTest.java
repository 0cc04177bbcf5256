package org.crm.enlace.compliance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crm.enlace.compliance.ComplianceRow;
import org.crm.enlace.compliance.Reminder;
import org.crm.enlace.compliance.Reminders;
import org.crm.enlace.compliance.export.BoardCsv;
import org.crm.enlace.compliance.export.BoardExports;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** Each export of a board after its deadline, read back. */
class BoardExportsTest {

	private static final Clock AFTER = Clock.fixed(Instant.parse("2026-12-11T12:00:00Z"));

	@TempDir
	static Path data;
	static List<ComplianceRow> rows;
	static List<Reminder> reminders;

	@BeforeAll
	static void board() {
		BoardData.craft(data, Clock.fixed(Instant.parse("2026-10-02T12:00:00Z")));
		try (RecordStore store = BoardData.open(data, BoardData.SECRETARIAT, AFTER)) {
			rows = org.crm.enlace.compliance.ComplianceBoard.rows(store, BoardData.spaces(), AFTER).orElseThrow();
			reminders = Reminders.of(rows, store, AFTER.today());
		}
	}

	@Test
	void theCsvHasOneRecordPerRowWithStatusCodesAndNegativeDaysWhenLate() throws IOException {
		StringBuilder csv = new StringBuilder();
		BoardCsv.board(rows, csv);
		List<CSVRecord> records = parse(csv);
		assertEquals(rows.size(), records.size());
		CSVRecord hndProcedures = records.stream()
				.filter(r -> r.get("country").equals("HND") && r.get("space").equals("procedures")).findFirst()
				.orElseThrow();
		assertEquals("MISSING", hndProcedures.get("status"));
		assertEquals("2026-12-01", hndProcedures.get("deadline"));
		assertEquals("-10", hndProcedures.get("daysLeft"));
		assertEquals(3, hndProcedures.get("missing").split("; ").length);
	}

	@Test
	void theXlsxHoldsEveryRowWithDaysAsNumbers() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BoardExports.xlsx(rows, AFTER.today(), out);
		String xml = xmlOf(out.toByteArray());
		for (ComplianceRow row : rows.subList(0, 10)) {
			assertTrue(xml.contains(">" + row.country() + "<"), row.country());
			assertTrue(xml.contains(escaped(row.spaceLabel())), row.spaceLabel());
		}
		assertTrue(xml.contains("<v>-10</v>"), "days left as a number");
		long numbers = xml.split("<v>-10</v>", -1).length - 1;
		assertEquals(rows.size(), numbers);
	}

	@Test
	void thePdfShowsEveryCountryAndTheDaysLate() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BoardExports.pdf(rows, AFTER.today(), out);
		PdfReader reader = new PdfReader(out.toByteArray());
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		reader.close();
		for (String country : List.of("BLZ", "GTM", "HND", "MEX", "USA")) {
			assertTrue(text.toString().contains(country), country);
		}
		assertTrue(text.toString().contains("2026-12-11"), "the date of the board in its title");
		assertTrue(text.toString().contains("-10"));
	}

	@Test
	void theRemindersAsCsvAndTextNameTheAddressesAndTheDeadline() throws IOException {
		StringBuilder csv = new StringBuilder();
		BoardCsv.reminders(reminders, csv);
		List<CSVRecord> records = parse(csv);
		assertEquals(reminders.size(), records.size());
		CSVRecord mexico = records.stream().filter(r -> r.get("country").equals("MEX")).findFirst().orElseThrow();
		assertEquals("permanent.mex@example.org", mexico.get("emails"));
		assertEquals(LocalDate.parse("2026-12-01").toString(), mexico.get("deadline"));
		String text = BoardExports.remindersText(reminders);
		assertTrue(text.contains("permanent.mex@example.org"));
		assertTrue(text.lines().anyMatch(l -> l.startsWith("HND")));
	}

	private static List<CSVRecord> parse(CharSequence csv) throws IOException {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv.toString())).getRecords();
	}

	/* ZipFile reads the central directory: the streamed entries carry their sizes only after their data. */
	private static String xmlOf(byte[] xlsx) throws IOException {
		Path file = Files.createTempFile(data, "board", ".xlsx");
		Files.write(file, xlsx);
		StringBuilder xml = new StringBuilder();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (entry.getName().endsWith(".xml")) {
					xml.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		// fastexcel writes letters outside ASCII as hexadecimal character references (&#xe1;).
		return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
				.replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
	}
}
