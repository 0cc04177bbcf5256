package org.crm.enlace.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.OfficialsTrained;
import org.crm.enlace.training.TrainedFigures;
import org.crm.enlace.training.ui.ChartGeometry;
import org.crm.enlace.training.ui.TrainingPart;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training part made by E4's injector in a real SWT shell (under Xvfb in the build) on a real Derby store holding
 * the demo data: sessions filtered by country and dates, a session's participants, certificates issued and refused,
 * a participant list with bad rows refused whole and a good one saved, and the indicator with its chart.
 */
class TrainingPartTest {

	private static final Clock CLOCK = Bench.CLOCK;
	private static final String SPREADSHEET = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

	@TempDir
	Path data;
	@TempDir
	Path files;

	@Test
	void showsTheDemoSessionsFiltersThemAndListsTheParticipantsOfTheSelectedOne() {
		try (RecordStore store = Bench.demoStore(data); PartHost bench = trainingBench(store)) {
			Table sessions = bench.widgets().find("training.sessions", Table.class);
			assertEquals(3, sessions.getItemCount(), "the demo's three sessions");
			bench.widgets().choose("training.filter.country", "GTM");
			assertEquals(1, sessions.getItemCount());
			assertEquals("GTM", sessions.getItem(0).getText(1));
			bench.widgets().choose("training.filter.country", Messages.format("filter.anyCountry"));
			bench.widgets().type("training.filter.from", CLOCK.today().minusDays(20).toString());
			assertEquals(List.of("Curso virtual regional (demo)"), column(sessions, 0),
					"only the session that ends after the day typed");
			bench.widgets().type("training.filter.from", "20/11/2026");
			assertEquals(Messages.format("filter.badDate"), part(bench).message());
			bench.widgets().type("training.filter.from", "");
			assertEquals("", part(bench).message(), "the hint goes once the dates are readable");

			bench.widgets().select("training.sessions", 0, "Taller presencial de Guatemala (demo)");
			Table participants = bench.widgets().find("training.participants", Table.class);
			assertTrue(participants.getItemCount() > 0);
			for (TableItem row : participants.getItems()) {
				assertTrue(row.getText(0).startsWith("Participante Ficticio"), "a demo name");
			}
			Screenshots.saveForReview(bench.shell(), "training-part-demo");
		}
	}

	@Test
	void issuesACertificateToWhoCompletedAndRefusesItInWordsToWhoDidNot() throws IOException {
		try (RecordStore store = Bench.demoStore(data); PartHost bench = trainingBench(store)) {
			Table sessions = bench.widgets().find("training.sessions", Table.class);
			Table participants = bench.widgets().find("training.participants", Table.class);
			boolean issued = false;
			boolean refused = false;
			for (String session : column(sessions, 0)) {
				bench.widgets().select("training.sessions", 0, session);
				for (TableItem row : participants.getItems()) {
					bench.widgets().select("training.participants", 0, row.getText(0));
					Path pdf = files.resolve(session.hashCode() + "-" + row.getText(0).hashCode() + ".pdf");
					part(bench).writeCertificate(pdf);
					if (row.getText(7).isEmpty()) {
						assertFalse(Files.exists(pdf), "nothing written for who did not complete");
						assertTrue(part(bench).message().contains(session), part(bench).message());
						refused = true;
						if (row.getText(4).equals(Messages.format("no"))) {
							Screenshots.saveForReview(bench.shell(), "training-certificate-refused");
						}
					} else {
						byte[] bytes = Files.readAllBytes(pdf);
						assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
						assertEquals(Messages.format("certificate.written", pdf.toString()), part(bench).message());
						issued = true;
					}
				}
			}
			assertTrue(issued && refused, "the demo has both");
		}
	}

	@Test
	void aListWithBadRowsIsReportedRowByRowAndNothingIsSavedThenAGoodListIsSaved() throws IOException {
		try (RecordStore store = Bench.demoStore(data); PartHost bench = trainingBench(store)) {
			bench.widgets().select("training.sessions", 0, "Curso virtual regional (demo)");
			int before = participants(store);
			Path bad = write("bad.csv", """
					full_name,sex,country,institution,attended,post_score,completed_on
					Funcionaria Ficticia Uno,F,GTM,Migración,yes,80,2026-11-20
					,M,GTM,Policía,yes,70,
					Funcionario Ficticio Tres,Q,ZZZ,Aduanas,maybe,120,20/11/2026
					Funcionaria Ficticia Uno,F,gtm,Migración,yes,,
					""");
			part(bench).importFile(bad);
			Table problems = bench.widgets().find("training.problems", Table.class);
			assertTrue(problems.getItemCount() >= 6, "every bad value: " + problems.getItemCount());
			List<String> rows = column(problems, 0);
			assertFalse(rows.contains("2"), "row 2 is good");
			assertTrue(rows.containsAll(List.of("3", "4", "5")));
			assertTrue(column(problems, 1).containsAll(List.of("full_name", "sex", "country", "attended",
					"post_score", "completed_on")));
			assertTrue(part(bench).message().startsWith(Messages.format("import.refused", problems.getItemCount(), 4)),
					part(bench).message());
			assertEquals(before, participants(store), "nothing saved");
			Screenshots.saveForReview(bench.shell(), "training-import-refused");

			Path good = write("good.csv", """
					full_name;sex;country;institution;attended;pre_score;post_score;completed_on
					Funcionaria Ficticia Cuatro;F;HND;Instituto Nacional de Migración;sí;40;85;2026-11-20
					Funcionario Ficticio Cinco;M;HND;Policía Nacional;no;;;
					""");
			part(bench).importFile(good);
			assertEquals(Messages.format("import.saved", 2), part(bench).message());
			assertEquals(0, problems.getItemCount());
			assertEquals(before + 2, participants(store));
			assertEquals(List.of("Funcionaria Ficticia Cuatro", "Funcionario Ficticio Cinco"),
					column(bench.widgets().find("training.participants", Table.class), 0).stream()
							.filter(n -> n.startsWith("Funcionari")).toList());
			Screenshots.saveForReview(bench.shell(), "training-import-saved");
		}
	}

	@Test
	void anXlsxListIsImportedThroughThePartAndAnXlsxWithABadRowSavesNothing() throws IOException {
		try (RecordStore store = Bench.demoStore(data); PartHost bench = trainingBench(store)) {
			bench.widgets().select("training.sessions", 0, "Curso virtual regional (demo)");
			int before = participants(store);
			List<List<String>> header = List.of(List.of("full_name", "sex", "country", "institution", "attended",
					"pre_score", "post_score", "completed_on"));
			Path bad = workbook("bad.xlsx", header, List.of(
					List.of("Funcionaria Ficticia Seis", "F", "CRI", "Migración", "sí", "40", "85", "2026-11-20"),
					List.of("Funcionario Ficticio Siete", "M", "CRI", "Policía", "no", "", "", "2026-11-20")));
			part(bench).importFile(bad);
			assertEquals(List.of("3"), bench.widgets().column("training.problems", 0), "the absent one who completed");
			assertEquals(List.of("completed_on"), bench.widgets().column("training.problems", 1));
			assertEquals(Messages.format("import.refused", 1, 2), part(bench).message());
			assertEquals(before, participants(store), "nothing saved");

			Path good = workbook("good.xlsx", header, List.of(
					List.of("Funcionaria Ficticia Seis", "F", "CRI", "Migración", "sí", "40", "85", "2026-11-20"),
					List.of("Funcionario Ficticio Siete", "M", "CRI", "Policía", "no", "", "", "")));
			part(bench).importFile(good);
			assertEquals(Messages.format("import.saved", 2), part(bench).message());
			assertEquals(0, bench.widgets().find("training.problems", Table.class).getItemCount());
			assertEquals(before + 2, participants(store));
			Participant six = store.findAll(TrainingPackage.Literals.PARTICIPANT, Participant.class).stream()
					.filter(p -> p.getFullName().equals("Funcionaria Ficticia Seis")).findFirst().orElseThrow();
			assertEquals(List.of("CRI", "F", "Migración"), List.of(six.getCountry(), six.getSex().getLiteral(),
					six.getInstitution()));
			assertEquals(List.of(true, 40, 85, "2026-11-20"), List.of(six.getEnrolments().getFirst().isAttended(),
					six.getEnrolments().getFirst().getPreScore(), six.getEnrolments().getFirst().getPostScore(),
					six.getEnrolments().getFirst().getCompletedOn().toString()), "numbers read from number cells");
			assertTrue(bench.widgets().column("training.participants", 0).contains("Funcionaria Ficticia Seis"));
			Screenshots.saveForReview(bench.shell(), "training-import-xlsx-saved");
		}
	}

	@Test
	void theIndicatorComparesCountriesAgainstTheirTargetsInTheTableAndTheChart() {
		try (RecordStore store = Bench.demoStore(data); PartHost bench = trainingBench(store)) {
			TrainedFigures figures = OfficialsTrained.asOf(store, CLOCK.today()).orElseThrow();
			assertEquals(10, figures.trained(), "the demo's ten who completed");
			assertEquals(220, figures.target());
			String withoutInstitutions = Messages.format("indicator.summary", 10, 220,
					figures.window().start().toString(), figures.window().end().toString(), CLOCK.today().toString(),
					figures.bySex().get(Sex.F), figures.bySex().get(Sex.M), figures.bySex().get(Sex.X), 3, "");
			assertTrue(part(bench).indicatorText().startsWith(withoutInstitutions.substring(0,
					withoutInstitutions.length() - 1)), part(bench).indicatorText());
			assertTrue(part(bench).indicatorText().contains("Fiscalía General de la República 2"), "by institution");
			Table countries = bench.widgets().find("training.countries", Table.class);
			assertEquals(11, countries.getItemCount(), "every member has a target");
			int trained = column(countries, 1).stream().mapToInt(Integer::parseInt).sum();
			assertEquals(10, trained);
			ChartGeometry geometry = part(bench).chart().geometry();
			assertEquals(11, geometry.slots().size());
			ChartGeometry.Slot gtm = geometry.slots().stream().filter(s -> s.country().equals("GTM")).findFirst()
					.orElseThrow();
			assertEquals(20, gtm.target());
			assertEquals(geometry.plot().height(), gtm.targetBar().height(), "the target is the axis's top");
			assertTrue(gtm.trained() > 0 && gtm.trainedBar().height() < gtm.targetBar().height());
			Screenshots.saveForReview(part(bench).chart(), "training-chart");
		}
	}

	@Test
	void theChartsAxisEndsAtARoundNumberAndBarsAreProportional() {
		ChartGeometry geometry = ChartGeometry.of(List.of(new ChartGeometry.Value("GTM", 7, 20),
				new ChartGeometry.Value("CRI", 23, 20)), 400, 300);
		assertEquals(25, geometry.axisMax());
		assertEquals(5, geometry.tickStep());
		ChartGeometry.Slot cri = geometry.slots().get(1);
		assertEquals(Math.round(23.0 / 25 * geometry.plot().height()), cri.trainedBar().height());
		assertEquals(geometry.plot().y() + geometry.plot().height(),
				cri.trainedBar().y() + cri.trainedBar().height(), "bars stand on the axis");
		assertTrue(geometry.slots().get(0).trainedBar().x() < cri.trainedBar().x());
		assertEquals(1, ChartGeometry.of(List.of(), 400, 300).axisMax(), "an empty chart still has an axis");
	}

	private static PartHost trainingBench(RecordStore store) {
		return Bench.host(store, TrainingPart.class, MBasicFactory.INSTANCE.createPart());
	}

	private static TrainingPart part(PartHost bench) {
		return bench.part(TrainingPart.class);
	}

	private static int participants(RecordStore store) {
		return store.findAll(TrainingPackage.Literals.PARTICIPANT, Participant.class).size();
	}

	/**
	 * A workbook as spreadsheet programs write it, with the JDK's ZIP: text as shared strings, whole numbers as
	 * number cells, empty cells left out.
	 */
	private Path workbook(String name, List<List<String>> header, List<List<String>> rows) throws IOException {
		List<String> shared = new java.util.ArrayList<>();
		StringBuilder sheet = new StringBuilder("<worksheet " + SPREADSHEET + "><sheetData>");
		List<List<String>> all = new java.util.ArrayList<>(header);
		all.addAll(rows);
		for (int r = 0; r < all.size(); r++) {
			sheet.append("<row r=\"").append(r + 1).append("\">");
			for (int c = 0; c < all.get(r).size(); c++) {
				String value = all.get(r).get(c);
				String ref = (char) ('A' + c) + Integer.toString(r + 1);
				if (value.matches("\\d+")) {
					sheet.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
				} else if (!value.isEmpty()) {
					shared.add(value);
					sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(shared.size() - 1)
							.append("</v></c>");
				}
			}
			sheet.append("</row>");
		}
		sheet.append("</sheetData></worksheet>");
		StringBuilder strings = new StringBuilder("<sst " + SPREADSHEET + ">");
		shared.forEach(s -> strings.append("<si><t>").append(s).append("</t></si>"));
		strings.append("</sst>");
		Path file = files.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "xl/workbook.xml", "<workbook " + SPREADSHEET + " xmlns:r=\"http://schemas.openxmlformats.org/"
					+ "officeDocument/2006/relationships\"><sheets><sheet name=\"Lista\" sheetId=\"1\" r:id=\"rId1\"/>"
					+ "</sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
					+ "package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
					+ "<Relationship Id=\"rId2\" Target=\"sharedStrings.xml\"/></Relationships>");
			entry(zip, "xl/sharedStrings.xml", strings.toString());
			entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static List<String> column(Table table, int index) {
		return Arrays.stream(table.getItems()).map(item -> item.getText(index)).toList();
	}
}
