package org.crm.enlace.bench.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.training.ImportReport;
import org.crm.enlace.training.ParticipantImport;
import org.crm.enlace.training.Programmes;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.ProgrammeStatus;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.sheet.SheetFiles;
import org.crm.enlace.training.sheet.SheetRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code ./enlace bench training}: a list of {@code --records} (10,000 by default) fictitious participants of one
 * session, written as XLSX and as CSV, read back, checked and stored in one transaction by Guatemala's node, then
 * imported again (every row a duplicate of a stored participant: all refused, nothing written). The issue asks for
 * the import of a 10,000-participant spreadsheet.
 */
final class TrainingBenchmark {

	private static final List<String> INSTITUTIONS = List.of("Instituto de Migración (ficticio)",
			"Policía Nacional (ficticia)", "Ministerio Público (ficticio)", "Aduanas (ficticias)");

	private static final List<String> MEMBERS = CountryCatalog.entries().stream()
			.filter(e -> e.status() == CountryStatus.MEMBER).map(CountryCatalog.Entry::code).toList();

	private TrainingBenchmark() {
	}

	static void run(Options options, PrintStream out, PrintStream err) throws IOException {
		Clock clock = Clock.system();
		Path folder = BenchFolder.createNew(options.data(), clock);
		Path files = Files.createTempDirectory("enlace-bench-training-");
		int rows = options.records();
		out.println(Messages.get("training.title"));
		out.println(Measures.machine());
		out.println(Messages.format("training.setup", rows, folder, files));
		Report report = new Report(Messages.format("training.report", rows), err);
		try {
			Path xlsx = writeXlsx(files.resolve("participants.xlsx"), rows, clock.today());
			Path csv = writeCsv(files.resolve("participants.csv"), rows, clock.today());
			report.add(Messages.get("row.trainingFiles"), Messages.format("value.trainingFiles",
					Measures.megabytes(Files.size(xlsx)), Measures.megabytes(Files.size(csv))));
			measure(folder, xlsx, csv, rows, clock, report);
		} finally {
			BenchFolder.delete(files);
			if (options.data().isEmpty() && !options.keep()) {
				BenchFolder.delete(folder);
			}
		}
		report.add(Messages.get("row.loadAtEnd"), Messages.format("value.load", Measures.loadAverage()));
		report.print(out);
	}

	private static void measure(Path folder, Path xlsx, Path csv, int rows, Clock clock, Report report)
			throws IOException {
		Unlocked login = BenchFolder.login(folder, BenchFolder.OWNER_USER, clock);
		// open, not BenchFolder.open (openExisting): the folder is new and has no database yet.
		try (RecordStore store = BenchFolder.factory().open(folder, login.account().asCurrentUser(), login.keys(),
				clock)) {
			TrainingSession session = session(store, clock.today());
			long start = System.nanoTime();
			List<SheetRow> fromXlsx = SheetFiles.xlsx(xlsx);
			report.add(Messages.get("row.trainingReadXlsx"), millis(System.nanoTime() - start));
			start = System.nanoTime();
			List<SheetRow> fromCsv;
			try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
				fromCsv = SheetFiles.csv(reader);
			}
			report.add(Messages.get("row.trainingReadCsv"), millis(System.nanoTime() - start));
			start = System.nanoTime();
			ImportReport first = ParticipantImport.run(store, BenchFolder.OWNER, session, fromXlsx);
			long imported = System.nanoTime() - start;
			if (first.outcome() != ImportReport.Outcome.IMPORTED || first.participants().size() != rows) {
				throw new IllegalStateException("the list was not imported: " + first.problems().size() + " problems");
			}
			report.add(Messages.get("row.trainingImport"), Messages.format("value.trainingRate",
					Measures.seconds(imported), Measures.perSecond(rows, imported)));
			start = System.nanoTime();
			List<Participant> stored = store.findAll(TrainingPackage.Literals.PARTICIPANT, Participant.class);
			long read = System.nanoTime() - start;
			report.add(Messages.get("row.trainingFindAll"), Messages.format("value.trainingRate",
					Measures.seconds(read), Measures.perSecond(stored.size(), read)));
			start = System.nanoTime();
			ParticipantImport.Checked checked = ParticipantImport.check(fromCsv, BenchFolder.OWNER, session, stored);
			long check = System.nanoTime() - start;
			report.add(Messages.get("row.trainingCheck"), Messages.format("value.trainingRate",
					Measures.seconds(check), Measures.perSecond(rows, check)));
			start = System.nanoTime();
			ImportReport again = ParticipantImport.run(store, BenchFolder.OWNER, session, fromCsv);
			long refused = System.nanoTime() - start;
			if (checked.problems().size() != rows || again.outcome() != ImportReport.Outcome.REFUSED
					|| again.problems().size() != rows || store.count(TrainingPackage.Literals.PARTICIPANT) != rows) {
				throw new IllegalStateException("the second import was not refused row by row");
			}
			report.add(Messages.get("row.trainingReimport"), Messages.format("value.trainingRate",
					Measures.seconds(refused), Measures.perSecond(rows, refused)));
		}
	}

	/* Guatemala's own programme and session, so that its user may write them. */
	private static TrainingSession session(RecordStore store, LocalDate today) {
		TrainingProgramme programme = Programmes.newProgramme("BENCH");
		programme.setOwnerCountry(BenchFolder.OWNER);
		programme.setStatus(ProgrammeStatus.APPROVED);
		programme.setApprovedOn(today.minusDays(30));
		programme = store.save(programme);
		TrainingSession session = Programmes.newSession(BenchFolder.OWNER, programme, BenchFolder.OWNER);
		session.setTitle("Sesión de banco de pruebas (ficticia)");
		session.setStartDate(today.minusDays(10));
		return store.save(session);
	}

	private static Path writeXlsx(Path file, int rows, LocalDate today) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "Enlace bench", "1.0");
			Worksheet sheet = workbook.newWorksheet("Participantes");
			String[] header = header();
			for (int c = 0; c < header.length; c++) {
				sheet.value(0, c, header[c]);
			}
			for (int r = 1; r <= rows; r++) {
				String[] cells = row(r, today);
				for (int c = 0; c < 6; c++) {
					sheet.value(r, c, cells[c]);
				}
				sheet.value(r, 6, Integer.parseInt(cells[6]));
				sheet.value(r, 7, Integer.parseInt(cells[7]));
				sheet.value(r, 8, LocalDate.parse(cells[8]));
				sheet.style(r, 8).format("yyyy-mm-dd").set();
			}
			workbook.finish();
		}
		return file;
	}

	private static Path writeCsv(Path file, int rows, LocalDate today) throws IOException {
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(String.join(",", header()));
			writer.newLine();
			for (int r = 1; r <= rows; r++) {
				writer.write(String.join(",", row(r, today)));
				writer.newLine();
			}
		}
		return file;
	}

	private static String[] header() {
		return java.util.Arrays.stream(ParticipantImport.Column.values()).map(ParticipantImport.Column::header)
				.toArray(String[]::new);
	}

	/* Row r of the list: a fictitious name, the members in turn, sexes and institutions in turn, scores, a day. */
	private static String[] row(int r, LocalDate today) {
		return new String[] { "Participante Ficticio " + r, List.of("F", "M", "X").get(r % 3),
				MEMBERS.get(r % MEMBERS.size()), INSTITUTIONS.get(r % INSTITUTIONS.size()), "Oficial (ficticio)",
				"sí", String.valueOf(40 + r % 30), String.valueOf(70 + r % 31), today.minusDays(r % 9).toString() };
	}

	private static String millis(long nanos) {
		return Messages.format("value.millis", Math.round(Measures.millis(nanos)));
	}
}
