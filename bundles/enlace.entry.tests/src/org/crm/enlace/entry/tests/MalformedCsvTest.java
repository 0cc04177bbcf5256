package org.crm.enlace.entry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.entry.EntryRuleImport.Mode;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.ImportReport;
import org.crm.enlace.entry.ImportReport.Outcome;
import org.crm.enlace.entry.LineProblem;
import org.crm.enlace.entry.LineProblem.Kind;
import org.crm.enlace.entry.PassportIndex;
import org.crm.enlace.entry.model.EntryPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad entry-matrix files: every bad line is reported with its line number and what is wrong with it, and nothing is
 * imported from a file with errors unless a partial import is accepted explicitly.
 */
class MalformedCsvTest {

	/* Line 1 is the header; each bad line below says what is wrong with it. */
	private static final String[] LINES = {
			"AFG,GTM,visa required",           // 2: fine
			"AFG,QQQ,visa required",           // 3: unknown destination
			"ZZZ,MEX,visa required",           // 4: unknown nationality
			"AFG,MEX,visa maybe",              // 5: unknown requirement
			"AFG,PAN,400",                     // 6: unknown requirement (days out of range)
			"AFG,GTM,e-visa",                  // 7: repeats line 2
			"AFG,USA",                         // 8: two columns
			"AFG,CAN,visa required,extra",     // 9: four columns
			"",                                // 10: blank
			"AFG,HND,-1",                      // 11: own country between two countries
			"MEX,MEX,90",                      // 12: days for a country's own nationals
			"\"ALB\",\"GTM\",\"Visa Required\"", // 13: fine: quoted, words in any case
			"ALB,COL,e-visa" };                // 14: fine, but not a member destination

	private static final Locale DEFAULT_LOCALE = Locale.getDefault();

	@TempDir
	Path data;

	private final EntryStores.TestClock clock = new EntryStores.TestClock();

	@BeforeEach
	void spanish() {
		Locale.setDefault(Locale.forLanguageTag("es"));
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(DEFAULT_LOCALE);
	}

	@Test
	void everyBadLineIsReportedWithItsNumberAndNothingIsImported() {
		long writesBefore = EntryStores.writes(data, clock);

		ImportReport report = EntryStores.importLines(data, clock, Mode.ALL_OR_NOTHING, LINES);

		assertEquals(Outcome.REFUSED, report.outcome());
		assertEquals(LINES.length, report.linesRead());
		assertEquals(List.of(
				new LineProblem(3, Kind.UNKNOWN_DESTINATION, "QQQ"),
				new LineProblem(4, Kind.UNKNOWN_NATIONALITY, "ZZZ"),
				new LineProblem(5, Kind.UNKNOWN_REQUIREMENT, "visa maybe"),
				new LineProblem(6, Kind.UNKNOWN_REQUIREMENT, "400"),
				new LineProblem(7, Kind.DUPLICATE, "2"),
				new LineProblem(8, Kind.COLUMN_COUNT, "2"),
				new LineProblem(9, Kind.COLUMN_COUNT, "4"),
				new LineProblem(10, Kind.COLUMN_COUNT, "0"),
				new LineProblem(11, Kind.OWN_COUNTRY_MISMATCH, "-1"),
				new LineProblem(12, Kind.OWN_COUNTRY_MISMATCH, "90")), report.problems());
		assertEquals(0, report.stored());
		assertEquals(writesBefore, EntryStores.writes(data, clock), "a refused file writes nothing");
		try (RecordStore store = EntryStores.open(data, EntryStores.SECRETARIAT, clock)) {
			assertEquals(0, store.count(EntryPackage.Literals.ENTRY_RULE));
		}
	}

	@Test
	void eachProblemIsDescribedForTheUserWithItsLineNumber() {
		List<LineProblem> problems = EntryStores.importLines(data, clock, Mode.ALL_OR_NOTHING, LINES).problems();
		assertEquals("Línea 3: código de país desconocido en Destination: «QQQ» (se espera un código ISO 3166-1"
				+ " alfa-3, o XKX)", problems.get(0).describe());
		assertEquals("Línea 7: repite la nacionalidad y el destino de la línea 2", problems.get(4).describe());
		Locale.setDefault(Locale.ENGLISH);
		assertEquals("Line 9: has 4 columns instead of 3 (Passport,Destination,Requirement)",
				problems.get(6).describe());
		for (LineProblem problem : problems) {
			assertTrue(!problem.describe().contains("!problem."), problem.describe());
		}
	}

	@Test
	void aPartialImportAcceptedExplicitlyStoresTheValidLinesOfMemberDestinationsOnly() {
		ImportReport report = EntryStores.importLines(data, clock, Mode.ACCEPT_PARTIAL, LINES);

		assertEquals(Outcome.IMPORTED, report.outcome());
		assertEquals(10, report.problems().size(), "still reported");
		assertEquals(2, report.memberRows(), "lines 2 and 13; line 14's destination is not a member");
		assertEquals(2, report.created());
		try (RecordStore store = EntryStores.open(data, EntryStores.SECRETARIAT, clock)) {
			assertEquals(2, store.count(EntryPackage.Literals.ENTRY_RULE));
			assertTrue(store.findById(EntryRules.stableId("GTM", "AFG")).isPresent(), "the first of the two lines");
			assertTrue(store.findById(EntryRules.stableId("GTM", "ALB")).isPresent());
		}
	}

	@Test
	void aMissingOrWrongHeaderIsReportedOnLineOne() {
		ImportReport noHeader = EntryStores.importAsSystem(data, clock, new StringReader("AFG,GTM,visa required\n"),
				Mode.ALL_OR_NOTHING, Progress.NONE);
		assertEquals(List.of(new LineProblem(1, Kind.HEADER, "AFG,GTM,visa required")), noHeader.problems());
		ImportReport empty = EntryStores.importAsSystem(data, clock, new StringReader(""), Mode.ALL_OR_NOTHING,
				Progress.NONE);
		assertEquals(Outcome.REFUSED, empty.outcome());
		assertEquals(List.of(new LineProblem(1, Kind.HEADER, "")), empty.problems());
	}

	@Test
	void cancellingWhileTheFileIsReadStoresNothing() {
		AtomicLong lastDone = new AtomicLong();
		Progress cancelAfterFiveThousandLines = new Progress() {
			@Override
			public void worked(long done, long total) {
				lastDone.set(done);
			}

			@Override
			public boolean isCancelled() {
				return lastDone.get() >= 5_000;
			}
		};
		long writesBefore = EntryStores.writes(data, clock);

		ImportReport report = EntryStores.importAsSystem(data, clock, PassportIndex.open(), Mode.ALL_OR_NOTHING,
				cancelAfterFiveThousandLines);

		assertEquals(Outcome.CANCELLED, report.outcome());
		assertEquals(5_000, lastDone.get());
		assertEquals(writesBefore, EntryStores.writes(data, clock));
	}
}
