package org.crm.enlace.entry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.entry.EntryRuleValidator;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.RuleConfirmation;
import org.crm.enlace.entry.matrix.Confirmation;
import org.crm.enlace.entry.matrix.EntryMatrix;
import org.crm.enlace.entry.matrix.MatrixExport;
import org.crm.enlace.entry.matrix.MatrixExport.Format;
import org.crm.enlace.entry.matrix.MatrixFilter;
import org.crm.enlace.entry.matrix.MatrixRow;
import org.crm.enlace.entry.matrix.MatrixSort;
import org.crm.enlace.entry.matrix.MatrixTable;
import org.crm.enlace.entry.matrix.Nationalities;
import org.crm.enlace.entry.matrix.Regions;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.ConfirmingParty;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;
import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The matrix as the views and exports see it, over the shipped data set read from a real store: regions, filters,
 * finding, sorting, confirmation rights, and the export formats read back.
 */
class EntryMatrixTest {

	private static final Locale SPANISH = Locale.of("es");
	private static final EntryStores.TestClock CLOCK = new EntryStores.TestClock();
	private static final int NATIONALITIES = 199;

	@TempDir
	static Path data;
	private static EntryMatrix matrix;

	@BeforeAll
	static void importAndRead() {
		matrix = EntryStores.shippedMatrix(data, CLOCK, SPANISH);
	}

	@Test
	void everyNationalityHasANameARegionAndARuleForEachMember() {
		assertEquals(NATIONALITIES, matrix.rows().size());
		assertEquals(EntryRules.destinations(), matrix.destinations());
		for (MatrixRow row : matrix.rows()) {
			assertFalse(row.region().isEmpty(), row.nationality() + " has no region");
			assertFalse(row.name().equals(row.nationality()), row.nationality() + " has no name");
			assertEquals(11, row.rules().size(), row.nationality());
		}
		assertEquals("Perú", Nationalities.name("PER", SPANISH));
		assertEquals("Peru", Nationalities.name("PER", Locale.ENGLISH));
		assertEquals("Kosovo", Nationalities.name("XKX", SPANISH));
		assertEquals(List.of("CENTRAL_AMERICA", "NORTH_AMERICA", "CARIBBEAN", "SOUTH_AMERICA", "EUROPE", "AFRICA",
				"ASIA", "OCEANIA").stream().sorted().toList(), Regions.keys().stream().sorted().toList());
	}

	@Test
	void regionRequirementAndTypedTextFilterTheRows() {
		MatrixFilter central = MatrixFilter.ALL.withRegions(Set.of("CENTRAL_AMERICA"));
		assertEquals(Set.of("BLZ", "CRI", "SLV", "GTM", "HND", "NIC", "PAN"), codes(central.apply(matrix.rows())));
		assertEquals(Set.of("GTM", "SLV", "HND", "NIC"),
				codes(MatrixFilter.ALL.withRequirements(Set.of(Requirement.NATIONAL_ID)).apply(matrix.rows())),
				"only the CA-4 travel on the national identity card");
		assertEquals(Set.of("PER"), codes(MatrixFilter.ALL.withFind("peru").apply(matrix.rows())), "no accent typed");
		assertEquals(Set.of("MEX"), codes(MatrixFilter.ALL.withFind("MÉXICO").apply(matrix.rows())));
		assertEquals(Set.of("DEU"), codes(MatrixFilter.ALL.withFind("deu").apply(matrix.rows())), "by code");
		assertEquals(Set.of(), codes(MatrixFilter.ALL.withConfirmation(Confirmation.CONFIRMED).apply(matrix.rows())),
				"imported rules are unconfirmed");
		assertEquals(NATIONALITIES,
				MatrixFilter.ALL.withConfirmation(Confirmation.UNCONFIRMED).apply(matrix.rows()).size());
		assertEquals(Set.of("GTM", "SLV", "HND", "NIC"), codes(central.withRequirements(Set.of(Requirement.NATIONAL_ID))
				.withFind("a").apply(matrix.rows())), "filters combine");
	}

	@Test
	void sortsByCollatedNameAndByTheStrictestRequirementForADestination() {
		List<MatrixRow> byName = matrix.rows().stream().sorted(MatrixSort.byName(SPANISH)).toList();
		List<String> names = byName.stream().map(MatrixRow::name).toList();
		assertTrue(names.indexOf("Perú") < names.indexOf("Polonia"), "Perú sorts as Peru, not after Z");
		List<MatrixRow> byUsa = matrix.rows().stream().sorted(MatrixSort.byDestination("USA", SPANISH)).toList();
		assertEquals(Requirement.VISA_REQUIRED, byUsa.getFirst().rule("USA").orElseThrow().getRequirement());
		assertEquals(Requirement.OWN_COUNTRY, byUsa.getLast().rule("USA").orElseThrow().getRequirement());
	}

	@Test
	void onlyTheDestinationsOwnUsersConfirmItsRules() {
		EntryRule guatemalan = matrix.rows().stream().filter(r -> r.nationality().equals("MEX")).findFirst()
				.orElseThrow().rule("GTM").orElseThrow();
		assertTrue(RuleConfirmation.refusal(EntryStores.GUATEMALA, guatemalan).isEmpty());
		assertTrue(RuleConfirmation.refusal(EntryStores.SECRETARIAT, guatemalan).isPresent(),
				"the Secretariat cannot write a rule Guatemala owns");
		assertTrue(RuleConfirmation.refusal(EntryStores.MEXICO, guatemalan).isPresent());
		assertThrows(IllegalStateException.class,
				() -> RuleConfirmation.values(EntryStores.SECRETARIAT, guatemalan, CLOCK.today()));
		var values = RuleConfirmation.values(EntryStores.GUATEMALA, guatemalan, CLOCK.today());
		values.forEach((EAttribute attribute, Object value) -> guatemalan.eSet(attribute, value));
		assertEquals(ConfirmationStatus.CONFIRMED, guatemalan.getConfirmationStatus());
		assertEquals(ConfirmingParty.DESTINATION, guatemalan.getConfirmingParty());
		assertEquals("gtm.ficticio", guatemalan.getConfirmedBy());
		assertEquals(List.of(), EntryRuleValidator.validate(guatemalan));
		guatemalan.setMaxStayDays(0);
		assertEquals(List.of("maxStayDays"), EntryRuleValidator.validate(guatemalan).stream().map(p -> p.field()).toList());
	}

	@Test
	void csvIsUtf8WithAByteOrderMarkAndOneLinePerRowShown(@TempDir Path folder) throws IOException {
		List<MatrixRow> central = MatrixFilter.ALL.withRegions(Set.of("CENTRAL_AMERICA")).apply(matrix.rows());
		Path csv = folder.resolve("m.csv");
		assertTrue(MatrixExport.write(table(central), Format.CSV, csv, Progress.NONE));
		byte[] bytes = Files.readAllBytes(csv);
		assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertEquals(1 + central.size(), lines.size());
		assertTrue(lines.getFirst().endsWith(String.join(",", matrix.destinations())), lines.getFirst());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("PAN,Panamá,")), lines::toString);
	}

	@Test
	void xlsxHoldsEveryRowOnItsFirstSheet(@TempDir Path folder) throws IOException {
		Path xlsx = folder.resolve("m.xlsx");
		assertTrue(MatrixExport.write(table(matrix.rows()), Format.XLSX, xlsx, Progress.NONE));
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			String sheet = entry(zip, "xl/worksheets/sheet1.xml");
			assertEquals(1 + NATIONALITIES, sheet.split("<row ").length - 1, "header and one row per nationality");
			List<String> strings = texts(entry(zip, "xl/sharedStrings.xml"));
			assertTrue(strings.contains("Perú") && strings.contains("Guatemala"), strings::toString);
			assertTrue(entry(zip, "xl/workbook.xml").contains("sheet"), "a workbook");
		}
	}

	@Test
	void aCancelledExportLeavesNoFileAndKeepsAnEarlierOne(@TempDir Path folder) throws IOException {
		Path target = folder.resolve("m.xlsx");
		Files.writeString(target, "earlier");
		Progress cancelAtOnce = new Progress() {
			@Override
			public void worked(long done, long total) {
				// nothing to show
			}

			@Override
			public boolean isCancelled() {
				return true;
			}
		};
		for (Format format : Format.values()) {
			assertFalse(MatrixExport.write(table(matrix.rows()), format, target, cancelAtOnce));
			assertEquals("earlier", Files.readString(target), format.name());
		}
		try (var left = Files.list(folder)) {
			assertEquals(Set.of("m.xlsx"), new HashSet<>(left.map(p -> p.getFileName().toString()).toList()),
					"no temporary file left");
		}
	}

	private static MatrixTable table(List<MatrixRow> rows) {
		return MatrixTable.of(rows, matrix.destinations(), MatrixFilter.ALL, CLOCK.today(), SPANISH);
	}

	private static Set<String> codes(List<MatrixRow> rows) {
		return new HashSet<>(rows.stream().map(MatrixRow::nationality).toList());
	}

	/** The text of every {@code <t>} element, character references resolved by the XML parser. */
	private static List<String> texts(String xml) throws IOException {
		try {
			NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
					.parse(new InputSource(new StringReader(xml))).getElementsByTagName("t");
			return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(e);
		}
	}

	private static String entry(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		assertTrue(entry != null, name);
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
