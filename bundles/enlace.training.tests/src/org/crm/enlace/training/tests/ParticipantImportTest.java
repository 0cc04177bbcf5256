package org.crm.enlace.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.ImportReport;
import org.crm.enlace.training.ParticipantImport;
import org.crm.enlace.training.RowProblem;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.sheet.SheetFiles;
import org.crm.enlace.training.sheet.SheetRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Participant lists as CSV and XLSX with every kind of bad row, checked against a real store that already holds
 * one participant; a list with a bad row stores nothing, a good one stores every row. All names are fictitious.
 */
class ParticipantImportTest {

	private static final String HEADER = "full_name,sex,country,institution,position,attended,pre_score,post_score,"
			+ "completed_on";
	private static final TrainingProgramme PROGRAMME = TrainingData.programme("P1", LocalDate.parse("2026-03-01"));
	private static final TrainingSession SESSION = TrainingData.session(PROGRAMME, "GTM",
			LocalDate.parse("2026-05-12"));

	@TempDir
	Path data;
	@TempDir
	Path files;
	RecordStore store;

	@BeforeEach
	void open() {
		Participant existing = TrainingData.participant("Hugo Ficticio", "GTM", Sex.M, "Policía (ficticia)", SESSION,
				true, null);
		existing.setOwnerCountry("GTM");
		existing.getReleasableTo().remove("GTM");
		store = TrainingData.store(data, TrainingData.GUATEMALA, List.of(PROGRAMME, SESSION, existing));
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void everyBadRowOfACsvFileIsReportedAndNothingIsStored() throws IOException {
		String csv = String.join("\n", HEADER,
				"Ana Ficticia,F,GTM,Migración,Oficial,sí,50,80,2026-05-14",
				",F,GTM,Migración,,,,,",
				"Beto Ficticio,M,XXX,Policía,,,,,",
				"Carla Ficticia,F,SLV,,,,,,",
				"",
				"Dora Ficticia,Q,HND,Fiscalía,,,,,",
				"Elsa Ficticia,F,MEX,Fiscalía,,,,,14/05/2026",
				"Fede Ficticio,M,PAN,Migración,,no,,,2026-05-14",
				"Gina Ficticia,F,CRI,Migración,,quizá,101,abc,",
				"ana  ficticia,F,gtm,Otra,,,,,",
				"Hugo Ficticio,M,GTM,Otra,,,,,",
				"Iris Ficticia,F,BLZ,Migración,,,,,2026-05-01",
				"Juan Ficticio,M,NIC,Migración,,,,,,sobra",
				"", "");
		ImportReport report = run(SheetFiles.csv(new StringReader(csv)));
		assertEquals(List.of("3:full_name:MISSING_NAME", "4:country:UNKNOWN_COUNTRY",
				"5:institution:MISSING_INSTITUTION", "6::EMPTY_ROW", "7:sex:BAD_SEX", "8:completed_on:BAD_DATE",
				"9:completed_on:COMPLETED_NOT_ATTENDED", "10:attended:BAD_ATTENDED", "10:pre_score:BAD_SCORE",
				"10:post_score:BAD_SCORE", "11::DUPLICATE_IN_FILE:2", "12::DUPLICATE_EXISTING",
				"13:completed_on:COMPLETED_BEFORE_SESSION", "14::EXTRA_CELLS"), strings(report));
		assertEquals(13, report.rowsRead(), "the empty lines at the end are not rows");
		assertRefusedAndNothingStored(report);
	}

	@Test
	void wrongColumnsAreReportedByNameOrLetterWithoutLookingAtTheRows() throws IOException {
		ImportReport report = run(SheetFiles.csv(new StringReader("nombre;sex;country;country\nAna Ficticia;F;GTM;GTM")));
		assertEquals(List.of("1:A:UNKNOWN_COLUMN", "1:country:REPEATED_COLUMN", "1:full_name:MISSING_COLUMN",
				"1:institution:MISSING_COLUMN"), strings(report));
		assertRefusedAndNothingStored(report);
	}

	@Test
	void emptyHeaderCellsAreIgnoredButValuesUnderThemAreNot() throws IOException {
		String csv = "full_name,sex,,country,institution,\nAna Ficticia,F,,GTM,Migración,\n"
				+ "Beto Ficticio,M,nota,SLV,Policía,\n";
		assertEquals(List.of("3::EXTRA_CELLS"), strings(run(SheetFiles.csv(new StringReader(csv)))));
		ImportReport good = run(SheetFiles.csv(new StringReader(csv.substring(0, csv.indexOf("Beto")))));
		assertEquals(ImportReport.Outcome.IMPORTED, good.outcome());
		assertEquals(1, good.participants().size());
	}

	@Test
	void aListWithoutHeaderIsRefusedWithoutQuotingItsFirstRow() throws IOException {
		ImportReport report = run(SheetFiles.csv(new StringReader("Ana Ficticia,F,GTM,Migración")));
		assertEquals(List.of("1:A:UNKNOWN_COLUMN", "1:B:UNKNOWN_COLUMN", "1:C:UNKNOWN_COLUMN", "1:D:UNKNOWN_COLUMN",
				"1:full_name:MISSING_COLUMN", "1:sex:MISSING_COLUMN", "1:country:MISSING_COLUMN",
				"1:institution:MISSING_COLUMN"), strings(report));
		assertRefusedAndNothingStored(report);
		assertEquals(List.of("1::NO_HEADER"), strings(run(SheetFiles.csv(new StringReader("\n\n")))));
	}

	@Test
	void everyBadRowOfAnXlsxFileIsReportedAndDateCellsAreDays() throws IOException {
		Path xlsx = xlsx(sheet -> {
			header(sheet);
			completedRow(sheet, "yyyy-mm-dd");
			row(sheet, 2, "Beto Ficticio", "M", "SLV", "Policía");
			sheet.value(2, 8, "14/05/2026");
			row(sheet, 3, "Carla Ficticia", "F", "HND", "Fiscalía");
			sheet.value(3, 8, 46156); // a date's serial number, but not formatted as a date
			// row 5 (index 4) left out: an empty row between rows
			row(sheet, 5, "", "F", "PAN", "Migración");
			row(sheet, 6, "Dora Ficticia", "F", "Guatemala", "Migración");
			row(sheet, 7, "ANA FICTICIA", "F", "GTM", "Otra");
		});
		ImportReport report = run(SheetFiles.xlsx(xlsx));
		assertEquals(List.of("3:completed_on:BAD_DATE", "4:completed_on:BAD_DATE", "5::EMPTY_ROW",
				"6:full_name:MISSING_NAME", "7:country:UNKNOWN_COUNTRY", "8::DUPLICATE_IN_FILE:2"), strings(report));
		assertRefusedAndNothingStored(report);
	}

	@Test
	void aGoodXlsxListStoresEveryRowEnrolledInTheSession() throws IOException {
		Path xlsx = xlsx(sheet -> {
			header(sheet);
			completedRow(sheet, "dd/mm/yyyy");
			sheet.value(1, 5, "sí");
			row(sheet, 2, "Beto Ficticio", "M", "slv", "Policía");
			sheet.value(2, 5, "no");
		});
		ImportReport report = run(SheetFiles.xlsx(xlsx));
		assertEquals(List.of(), strings(report));
		assertEquals(ImportReport.Outcome.IMPORTED, report.outcome());
		assertEquals(3, store.count(TrainingPackage.Literals.PARTICIPANT));
		Participant ana = (Participant) store.findById(report.participants().get(0)).orElseThrow();
		Enrolment enrolment = ana.getEnrolments().getFirst();
		assertEquals(SESSION.getId(), enrolment.getSessionId());
		assertEquals(LocalDate.parse("2026-05-14"), enrolment.getCompletedOn(), "a date cell, whatever its format");
		assertEquals(Integer.valueOf(80), enrolment.getPostScore());
		assertEquals("GTM", ana.getOwnerCountry());
		assertTrue(ana.getReleasableTo().containsAll(List.of(Owners.SECRETARIAT, Owners.IOM)));
		Participant beto = (Participant) store.findById(report.participants().get(1)).orElseThrow();
		assertEquals("SLV", beto.getCountry());
		assertFalse(beto.getEnrolments().getFirst().isAttended());
		assertTrue(beto.getReleasableTo().contains("SLV"), "the official's country sees its official");

		ImportReport again = run(SheetFiles.xlsx(xlsx));
		assertEquals(List.of("2::DUPLICATE_EXISTING", "3::DUPLICATE_EXISTING"), strings(again));
		assertEquals(3, store.count(TrainingPackage.Literals.PARTICIPANT), "nothing more stored");
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedAsSuch() throws IOException {
		Path csv = files.resolve("list.xlsx");
		IOException refused = assertThrows(IOException.class,
				() -> SheetFiles.xlsx(Files.writeString(csv, "full_name,sex\n")));
		assertEquals("El archivo no es un libro XLSX legible.", refused.getMessage(), "in the user's language");
	}

	@Test
	void theMessagesNameRowAndColumnButNeverAPerson() throws IOException {
		String csv = HEADER + "\nAna Ficticia,F,XXX,Migración,,,,,\nAna Ficticia,F,XXX,Migración,,,,,";
		ImportReport report = run(SheetFiles.csv(new StringReader(csv)));
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.of("es"));
			String text = report.problems().stream().map(RowProblem::describe).reduce("", String::concat);
			assertTrue(text.contains("Fila 2, columna country"), text);
			assertFalse(text.contains("Ficticia") || text.contains("XXX"), text);
		} finally {
			Locale.setDefault(before);
		}
	}

	private ImportReport run(List<SheetRow> rows) {
		return ParticipantImport.run(store, TrainingData.GUATEMALA.country(), SESSION, rows);
	}

	private void assertRefusedAndNothingStored(ImportReport report) {
		assertEquals(ImportReport.Outcome.REFUSED, report.outcome());
		assertEquals(List.of(), report.participants());
		assertEquals(1, store.count(TrainingPackage.Literals.PARTICIPANT), "only the participant stored before");
	}

	private static List<String> strings(ImportReport report) {
		return report.problems().stream().map(RowProblem::toString).toList();
	}

	interface SheetWriter {
		void write(Worksheet sheet);
	}

	private Path xlsx(SheetWriter writer) throws IOException {
		Path file = Files.createTempFile(files, "participants", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "Enlace tests", "1.0");
			writer.write(workbook.newWorksheet("Participantes"));
			workbook.finish();
		}
		return file;
	}

	static void header(Worksheet sheet) {
		String[] columns = HEADER.split(",");
		for (int c = 0; c < columns.length; c++) {
			sheet.value(0, c, columns[c]);
		}
	}

	/** Row 2: a participant with scores who completed on 2026-05-14, a date cell shown in {@code dateFormat}. */
	static void completedRow(Worksheet sheet, String dateFormat) {
		row(sheet, 1, "Ana Ficticia", "F", "GTM", "Migración");
		sheet.value(1, 6, 55);
		sheet.value(1, 7, 80);
		sheet.value(1, 8, LocalDate.parse("2026-05-14"));
		sheet.style(1, 8).format(dateFormat).set();
	}

	/** Name, sex, country and institution in row {@code r} (0-based); an empty name is left out. */
	static void row(Worksheet sheet, int r, String... cells) {
		for (int c = 0; c < cells.length; c++) {
			if (!cells[c].isEmpty()) {
				sheet.value(r, c, cells[c]);
			}
		}
	}
}
