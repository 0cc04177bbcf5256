package org.crm.enlace.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.OfficialsTrained;
import org.crm.enlace.training.TrainedFigures;
import org.crm.enlace.training.ui.ChartGeometry;
import org.crm.enlace.training.ui.TrainingPart;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training part made by E4's injector in a real SWT shell (under Xvfb in the build) on a real Derby store holding
 * the demo data: sessions filtered by country and dates, a session's participants, certificates issued and refused,
 * a participant list with bad rows refused whole and a good one saved, and the indicator with its chart.
 */
class TrainingPartTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT,
			Role.SECRETARIAT);

	@TempDir
	Path data;
	@TempDir
	Path files;

	@Test
	void showsTheDemoSessionsFiltersThemAndListsTheParticipantsOfTheSelectedOne() {
		try (RecordStore store = demoStore(); Bench bench = new Bench(store)) {
			Table sessions = bench.table("training.sessions");
			assertEquals(3, sessions.getItemCount(), "the demo's three sessions");
			bench.chooseCountry("GTM");
			assertEquals(1, sessions.getItemCount());
			assertEquals("GTM", sessions.getItem(0).getText(1));
			bench.chooseCountry(Messages.format("filter.anyCountry"));
			bench.type("training.filter.from", CLOCK.today().minusDays(20).toString());
			assertEquals(List.of("Curso virtual regional (demo)"), column(sessions, 0),
					"only the session that ends after the day typed");
			bench.type("training.filter.from", "20/11/2026");
			assertEquals(Messages.format("filter.badDate"), bench.part.message());
			bench.type("training.filter.from", "");
			assertEquals("", bench.part.message(), "the hint goes once the dates are readable");

			bench.select("training.sessions", "Taller presencial de Guatemala (demo)");
			Table participants = bench.table("training.participants");
			assertTrue(participants.getItemCount() > 0);
			for (TableItem row : participants.getItems()) {
				assertTrue(row.getText(0).startsWith("Participante Ficticio"), "a demo name");
			}
			Screenshots.saveForReview(bench.shell, "training-part-demo");
		}
	}

	@Test
	void issuesACertificateToWhoCompletedAndRefusesItInWordsToWhoDidNot() throws IOException {
		try (RecordStore store = demoStore(); Bench bench = new Bench(store)) {
			Table sessions = bench.table("training.sessions");
			Table participants = bench.table("training.participants");
			boolean issued = false;
			boolean refused = false;
			for (String session : column(sessions, 0)) {
				bench.select("training.sessions", session);
				for (TableItem row : participants.getItems()) {
					bench.select("training.participants", row.getText(0));
					Path pdf = files.resolve(session.hashCode() + "-" + row.getText(0).hashCode() + ".pdf");
					bench.part.writeCertificate(pdf);
					if (row.getText(7).isEmpty()) {
						assertFalse(Files.exists(pdf), "nothing written for who did not complete");
						assertTrue(bench.part.message().contains(session), bench.part.message());
						refused = true;
						if (row.getText(4).equals(Messages.format("no"))) {
							Screenshots.saveForReview(bench.shell, "training-certificate-refused");
						}
					} else {
						byte[] bytes = Files.readAllBytes(pdf);
						assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
						assertEquals(Messages.format("certificate.written", pdf.toString()), bench.part.message());
						issued = true;
					}
				}
			}
			assertTrue(issued && refused, "the demo has both");
		}
	}

	@Test
	void aListWithBadRowsIsReportedRowByRowAndNothingIsSavedThenAGoodListIsSaved() throws IOException {
		try (RecordStore store = demoStore(); Bench bench = new Bench(store)) {
			bench.select("training.sessions", "Curso virtual regional (demo)");
			int before = participants(store);
			Path bad = write("bad.csv", """
					full_name,sex,country,institution,attended,post_score,completed_on
					Funcionaria Ficticia Uno,F,GTM,Migración,yes,80,2026-11-20
					,M,GTM,Policía,yes,70,
					Funcionario Ficticio Tres,Q,ZZZ,Aduanas,maybe,120,20/11/2026
					Funcionaria Ficticia Uno,F,gtm,Migración,yes,,
					""");
			bench.part.importFile(bad);
			Table problems = bench.table("training.problems");
			assertTrue(problems.getItemCount() >= 6, "every bad value: " + problems.getItemCount());
			List<String> rows = column(problems, 0);
			assertFalse(rows.contains("2"), "row 2 is good");
			assertTrue(rows.containsAll(List.of("3", "4", "5")));
			assertTrue(column(problems, 1).containsAll(List.of("full_name", "sex", "country", "attended",
					"post_score", "completed_on")));
			assertTrue(bench.part.message().startsWith(Messages.format("import.refused", problems.getItemCount(), 4)),
					bench.part.message());
			assertEquals(before, participants(store), "nothing saved");
			Screenshots.saveForReview(bench.shell, "training-import-refused");

			Path good = write("good.csv", """
					full_name;sex;country;institution;attended;pre_score;post_score;completed_on
					Funcionaria Ficticia Cuatro;F;HND;Instituto Nacional de Migración;sí;40;85;2026-11-20
					Funcionario Ficticio Cinco;M;HND;Policía Nacional;no;;;
					""");
			bench.part.importFile(good);
			assertEquals(Messages.format("import.saved", 2), bench.part.message());
			assertEquals(0, problems.getItemCount());
			assertEquals(before + 2, participants(store));
			assertEquals(List.of("Funcionaria Ficticia Cuatro", "Funcionario Ficticio Cinco"),
					column(bench.table("training.participants"), 0).stream()
							.filter(n -> n.startsWith("Funcionari")).toList());
			Screenshots.saveForReview(bench.shell, "training-import-saved");
		}
	}

	@Test
	void theIndicatorComparesCountriesAgainstTheirTargetsInTheTableAndTheChart() {
		try (RecordStore store = demoStore(); Bench bench = new Bench(store)) {
			TrainedFigures figures = OfficialsTrained.asOf(store, CLOCK.today()).orElseThrow();
			assertEquals(10, figures.trained(), "the demo's ten who completed");
			assertEquals(220, figures.target());
			String withoutInstitutions = Messages.format("indicator.summary", 10, 220,
					figures.window().start().toString(), figures.window().end().toString(), CLOCK.today().toString(),
					figures.bySex().get(Sex.F), figures.bySex().get(Sex.M), figures.bySex().get(Sex.X), 3, "");
			assertTrue(bench.part.indicatorText().startsWith(withoutInstitutions.substring(0,
					withoutInstitutions.length() - 1)), bench.part.indicatorText());
			assertTrue(bench.part.indicatorText().contains("Fiscalía General de la República 2"), "by institution");
			Table countries = bench.table("training.countries");
			assertEquals(11, countries.getItemCount(), "every member has a target");
			int trained = column(countries, 1).stream().mapToInt(Integer::parseInt).sum();
			assertEquals(10, trained);
			ChartGeometry geometry = bench.part.chart().geometry();
			assertEquals(11, geometry.slots().size());
			ChartGeometry.Slot gtm = geometry.slots().stream().filter(s -> s.country().equals("GTM")).findFirst()
					.orElseThrow();
			assertEquals(20, gtm.target());
			assertEquals(geometry.plot().height(), gtm.targetBar().height(), "the target is the axis's top");
			assertTrue(gtm.trained() > 0 && gtm.trainedBar().height() < gtm.targetBar().height());
			Screenshots.saveForReview(bench.part.chart(), "training-chart");
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

	private RecordStore demoStore() {
		List<Record> demo = Services.all(DemoDataContributor.class).stream()
				.sorted(Comparator.comparingInt(DemoDataContributor::order))
				.flatMap(c -> c.demoRecords(CLOCK).stream()).toList();
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return factory.openAfterSeeding(data, SECRETARIAT, NodeKeys.generate(), CLOCK, s -> s.saveAll(demo));
	}

	private static int participants(RecordStore store) {
		return store.findAll(TrainingPackage.Literals.PARTICIPANT, Participant.class).size();
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static List<String> column(Table table, int index) {
		return Arrays.stream(table.getItems()).map(item -> item.getText(index)).toList();
	}

	/** The part in a shell, and a user's hands on its filters and tables. */
	private static final class Bench implements AutoCloseable {

		final Shell shell;
		final TrainingPart part;

		Bench(RecordStore store) {
			Display display = Display.getDefault();
			shell = new Shell(display);
			shell.setLayout(new FillLayout());
			shell.setSize(1270, 950); // within xvfb-run's default 1280x1024 screen, or screenshots are cut
			IEclipseContext context = EclipseContextFactory.create("training-ui-test");
			context.set(Composite.class, new Composite(shell, SWT.NONE));
			context.set(RecordStore.class, store);
			context.set(CurrentUser.class, SECRETARIAT);
			context.set(Clock.class, CLOCK);
			part = ContextInjectionFactory.make(TrainingPart.class, context);
			shell.open();
			Screenshots.settle(display);
		}

		Table table(String id) {
			return find(id, Table.class);
		}

		void chooseCountry(String code) {
			Combo combo = find("training.filter.country", Combo.class);
			combo.select(Arrays.asList(combo.getItems()).indexOf(code));
			combo.notifyListeners(SWT.Selection, new Event());
			Screenshots.settle(shell.getDisplay());
		}

		void type(String id, String text) {
			find(id, Text.class).setText(text);
			Screenshots.settle(shell.getDisplay());
		}

		/** Clicks the row whose first cell is {@code first}, as a mouse would (the viewer hears the selection). */
		void select(String id, String first) {
			Table table = table(id);
			for (int i = 0; i < table.getItemCount(); i++) {
				if (table.getItem(i).getText(0).equals(first)) {
					table.setSelection(i);
					Event event = new Event();
					event.item = table.getItem(i);
					table.notifyListeners(SWT.Selection, event);
					Screenshots.settle(shell.getDisplay());
					return;
				}
			}
			throw new AssertionError("no row " + first + " in " + id);
		}

		<T> T find(String id, Class<T> type) {
			return type.cast(AttributeForm.widget(shell, id).orElseThrow(() -> new AssertionError("no widget " + id)));
		}

		@Override
		public void close() {
			shell.dispose();
		}
	}
}
