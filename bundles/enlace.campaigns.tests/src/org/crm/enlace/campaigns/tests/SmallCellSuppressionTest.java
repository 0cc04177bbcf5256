package org.crm.enlace.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crm.enlace.campaigns.export.PublicationExport;
import org.crm.enlace.campaigns.export.PublishedRow;
import org.crm.enlace.campaigns.internal.Messages;
import org.crm.enlace.campaigns.export.SmallCellSuppression;
import org.crm.enlace.campaigns.model.AgeGroup;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.Breakdown;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.model.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells under 11 never reach a publication, nor can they be worked out from the totals it shows. */
class SmallCellSuppressionTest {

	@TempDir
	Path folder;

	@Test
	void aSmallCellIsSuppressedAndSoIsTheSmallestOtherCellOfItsGroup() {
		List<PublishedRow> rows = SmallCellSuppression.rows(List.of(group(3, 50, 40)));
		assertEquals(List.of(Optional.empty(), Optional.of(50L), Optional.empty(), Optional.of(93L)), counts(rows),
				"3 is under 11; 40, the smallest shown, is suppressed too, so 93 - 50 gives only 3 + 40");
		assertTrue(rows.get(3).isTotal());
	}

	@Test
	void cellsAreSuppressedUntilTheSuppressedAddUpToElevenOrMore() {
		assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(39L)),
				counts(SmallCellSuppression.rows(List.of(group(5, 4, 30)))),
				"5 + 4 = 9 could be worked out from the total: 30 goes too");
		assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(60L), Optional.of(72L)),
				counts(SmallCellSuppression.rows(List.of(group(6, 6, 60)))),
				"6 + 6 = 12 hidden in two cells: 60 may be shown");
	}

	@Test
	void aGroupThatCannotHideEnoughHasItsTotalSuppressed() {
		assertEquals(List.of(Optional.empty(), Optional.empty()), counts(SmallCellSuppression.rows(List.of(group(7)))));
		assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty()),
				counts(SmallCellSuppression.rows(List.of(group(2, 3)))));
		assertEquals(List.of(Optional.of(12L), Optional.of(60L), Optional.of(72L)),
				counts(SmallCellSuppression.rows(List.of(group(12, 60)))), "nothing under 11: everything shown");
	}

	@Test
	void onRandomGroupsNoCountUnder11IsShownOrCanBeDeduced() {
		Random random = new Random(20261129);
		for (int round = 0; round < 500; round++) {
			int[] counts = random.ints(1 + random.nextInt(8), 0, 40).toArray();
			List<PublishedRow> rows = SmallCellSuppression.rows(List.of(group(counts)));
			long hidden = 0;
			int hiddenCells = 0;
			for (int i = 0; i < counts.length; i++) {
				Optional<Long> shown = rows.get(i).count();
				shown.ifPresent(c -> assertTrue(c >= SmallCellSuppression.THRESHOLD, "shown " + c));
				if (shown.isEmpty()) {
					hidden += counts[i];
					hiddenCells++;
				}
			}
			Optional<Long> total = rows.get(counts.length).count();
			if (total.isPresent() && hiddenCells > 0) {
				assertTrue(hiddenCells >= 2 && hidden >= SmallCellSuppression.THRESHOLD,
						"the total would reveal " + hidden + " in " + hiddenCells + " cells");
			}
			total.ifPresent(t -> assertTrue(t >= SmallCellSuppression.THRESHOLD));
		}
	}

	@Test
	void theCsvSaysItIsSuppressedAndHoldsNoCountUnder11() throws IOException {
		StringBuilder csv = new StringBuilder();
		PublicationExport.csv(List.of(group(3, 50, 40), group(7)), csv);
		assertTrue(csv.toString().startsWith("# "), csv.toString());
		CSVParser parser = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
				.get().parse(new StringReader(csv.toString()));
		List<CSVRecord> records = parser.getRecords();
		assertTrue(parser.hasHeaderComment() && parser.getHeaderComment().contains("11"),
				"the note says so: " + parser.getHeaderComment());
		assertEquals(PublicationExport.COLUMNS, parser.getHeaderNames());
		assertEquals(6, records.size(), "four rows for the first group, two for the second");
		assertEquals(List.of("", "50", "", "93", "", ""), records.stream().map(r -> r.get("count")).toList());
		assertEquals(List.of("true", "false", "true", "false", "true", "true"),
				records.stream().map(r -> r.get("suppressed")).toList());
		assertEquals(List.of("GTM", "2025-01-01", "2025-06-30", "TRAFFICKING_VICTIM", "TOTAL"),
				records.get(3).toList().subList(0, 5));
		Files.writeString(folder.resolve("publication.csv"), csv);
	}

	@Test
	void theXlsxSaysItIsSuppressedAndHoldsNoCountUnder11() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PublicationExport.xlsx(List.of(group(3, 50, 40), group(7)), out);
		Path file = folder.resolve("publication.xlsx");
		Files.write(file, out.toByteArray());
		try (ZipFile zip = new ZipFile(file.toFile())) {
			String strings = zip.getEntry("xl/sharedStrings.xml") == null ? "" : read(zip, "xl/sharedStrings.xml");
			String sheet = read(zip, "xl/worksheets/sheet1.xml");
			String text = strings + sheet;
			// fastexcel writes non-ASCII letters as character references: look for the note's ASCII words
			assertTrue(text.contains("CTDC") && text.contains(" 11 "), "the note is in the file");
			List<Long> numbers = new ArrayList<>();
			Matcher number = Pattern.compile("<c r=\"I\\d+\"[^>]*?(?<!t=\"s\")><v>(\\d+)</v>").matcher(sheet);
			while (number.find()) {
				numbers.add(Long.parseLong(number.group(1)));
			}
			assertEquals(List.of(50L, 93L), numbers, "the counts shown, as numbers");
			assertTrue(text.contains(">" + Messages.get("export.suppressed") + "<"), "suppressed cells say so in words");
		}
	}

	private static String read(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		assertTrue(entry != null, name);
		return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
	}

	/* One record of Guatemala with cells of victims of trafficking of different nationalities. */
	private static VictimStatistics group(int... counts) {
		VictimStatistics s = VictimStatisticsRecords.newStatistics("GTM", LocalDate.parse("2025-01-01"),
				LocalDate.parse("2025-06-30"));
		List<String> nationalities = List.of("GTM", "HND", "SLV", "NIC", "MEX", "CRI", "PAN", "BLZ");
		for (int i = 0; i < counts.length; i++) {
			VictimStatisticsRecords.addCell(s, new Breakdown(Population.TRAFFICKING_VICTIM, Sex.F, AgeGroup.AGE_18_29,
					Exploitation.SEXUAL, nationalities.get(i)), counts[i]);
		}
		return s;
	}

	private static List<Optional<Long>> counts(List<PublishedRow> rows) {
		return rows.stream().map(PublishedRow::count).toList();
	}
}
