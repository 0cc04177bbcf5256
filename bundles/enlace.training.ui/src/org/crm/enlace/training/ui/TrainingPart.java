package org.crm.enlace.training.ui;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crm.enlace.core.io.WholeFile;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Sex;
import org.crm.enlace.training.CertificateRefusedException;
import org.crm.enlace.training.Certificates;
import org.crm.enlace.training.CountryFigures;
import org.crm.enlace.training.ImportReport;
import org.crm.enlace.training.OfficialsTrained;
import org.crm.enlace.training.ParticipantImport;
import org.crm.enlace.training.Participants;
import org.crm.enlace.training.Programmes;
import org.crm.enlace.training.RowProblem;
import org.crm.enlace.training.TrainedFigures;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.crm.enlace.training.sheet.SheetFiles;
import org.crm.enlace.training.sheet.SheetRow;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.core.runtime.IProgressMonitor;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Issue 7, section 1 in the workbench: the training sessions (filtered by country and dates), the selected session's
 * participants with attendance, scores and completion, the import of a participant list (every bad row shown, nothing
 * stored while there is one), a certificate for a participant who completed, and the indicator "officials trained"
 * per country against its target, with a chart comparing countries. A refusal is said in the part, in words.
 */
public final class TrainingPart {

	private RecordStore store;
	private CurrentUser user;
	private Clock clock;
	private Combo country;
	private Text from;
	private Text to;
	private TableViewer sessions;
	private TableViewer participants;
	private TableViewer problems;
	private TableViewer countries;
	private Label message;
	private Label indicator;
	private TrainedChart chart;
	private List<Participant> allParticipants = List.of();
	private TrainingEditors editors;
	private MPart self;

	@PostConstruct
	void create(Composite parent, RecordStore store, CurrentUser user, Clock clock, EPartService partService,
			MPart self) {
		this.store = store;
		this.user = user;
		this.clock = clock;
		this.editors = new TrainingEditors(partService);
		this.self = self;
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(parent);
		Composite left = column(parent);
		Composite right = column(parent);

		Composite filters = wrapping(left);
		label(filters, "filter.country");
		country = id(new Combo(filters, SWT.READ_ONLY), "training.filter.country");
		label(filters, "filter.from");
		from = id(new Text(filters, SWT.BORDER), "training.filter.from");
		label(filters, "filter.to");
		to = id(new Text(filters, SWT.BORDER), "training.filter.to");
		from.setLayoutData(new RowData(90, SWT.DEFAULT));
		to.setLayoutData(new RowData(90, SWT.DEFAULT));
		country.addListener(SWT.Selection, e -> showSessions());
		from.addListener(SWT.Modify, e -> showSessions());
		to.addListener(SWT.Modify, e -> showSessions());

		heading(left, "heading.sessions");
		sessions = table(left, "training.sessions", 150);
		TextColumns.add(sessions, text("column.session"), 230, TrainingSession.class, TrainingSession::getTitle);
		TextColumns.add(sessions, text("column.country"), 60, TrainingSession.class, TrainingSession::getCountry);
		TextColumns.add(sessions, text("column.start"), 90, TrainingSession.class, s -> day(s.getStartDate()));
		TextColumns.add(sessions, text("column.end"), 90, TrainingSession.class, s -> day(s.getEndDate()));
		TextColumns.add(sessions, text("column.delivery"), 90, TrainingSession.class,
				s -> s.getDelivery() == null ? "" : text("delivery." + s.getDelivery().getName()));
		TextColumns.add(sessions, text("column.place"), 200, TrainingSession.class, TrainingSession::getPlace);
		sessions.addSelectionChangedListener(e -> showParticipants());

		heading(left, "heading.participants");
		participants = table(left, "training.participants", 170);
		TextColumns.add(participants, text("column.name"), 200, Participant.class, Participant::getFullName);
		TextColumns.add(participants, text("column.institution"), 180, Participant.class,
				Participant::getInstitution);
		TextColumns.add(participants, text("column.sex"), 40, Participant.class,
				p -> p.getSex() == null ? "" : p.getSex().getLiteral());
		TextColumns.add(participants, text("column.country"), 60, Participant.class, Participant::getCountry);
		TextColumns.add(participants, text("column.attended"), 70, Participant.class,
				p -> enrolment(p).map(e -> text(e.isAttended() ? "yes" : "no")).orElse(""));
		TextColumns.add(participants, text("column.pre"), 50, Participant.class,
				p -> enrolment(p).map(e -> score(e.getPreScore())).orElse(""));
		TextColumns.add(participants, text("column.post"), 50, Participant.class,
				p -> enrolment(p).map(e -> score(e.getPostScore())).orElse(""));
		TextColumns.add(participants, text("column.completed"), 100, Participant.class,
				p -> enrolment(p).flatMap(Participants::completedOn).map(LocalDate::toString).orElse(""));

		Composite buttons = wrapping(left);
		button(buttons, "newSession", () -> editors.open(self, TrainingEditors.SESSION_EDITOR, Optional.empty()));
		button(buttons, "editSession", () -> edit(selectedSession(), TrainingEditors.SESSION_EDITOR,
				"session.noSelection"));
		button(buttons, "editParticipant", () -> edit(selectedParticipant(), TrainingEditors.PARTICIPANT_EDITOR,
				"participant.noSelection"));
		button(buttons, "editProgramme", () -> edit(programmeToEdit(), TrainingEditors.PROGRAMME_EDITOR,
				"programme.none"));
		button(buttons, "newProgramme",
				() -> editors.open(self, TrainingEditors.PROGRAMME_EDITOR, Optional.empty()));
		button(buttons, "import", this::chooseImportFile);
		button(buttons, "certificate", this::chooseCertificateFile);
		message = id(new Label(left, SWT.WRAP), "training.message");
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(message);

		heading(left, "heading.problems");
		problems = table(left, "training.problems", 110);
		TextColumns.add(problems, text("column.row"), 60, RowProblem.class, p -> Integer.toString(p.row()));
		TextColumns.add(problems, text("column.column"), 120, RowProblem.class, RowProblem::column);
		TextColumns.add(problems, text("column.problem"), 420, RowProblem.class,
				RowProblem::what);

		heading(right, "heading.indicator");
		indicator = id(new Label(right, SWT.WRAP), "training.indicator");
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(indicator);
		countries = table(right, "training.countries", 200);
		TextColumns.add(countries, text("column.country"), 60, CountryFigures.class, CountryFigures::country);
		TextColumns.add(countries, text("column.trained"), 80, CountryFigures.class,
				f -> Integer.toString(f.trained()));
		TextColumns.add(countries, text("column.target"), 70, CountryFigures.class,
				f -> f.target().isPresent() ? Integer.toString(f.target().getAsInt()) : "");
		for (Sex sex : Sex.VALUES) {
			TextColumns.add(countries, text("sex." + sex.getLiteral()), 60, CountryFigures.class,
					f -> Integer.toString(f.bySex().getOrDefault(sex, 0)));
		}
		TextColumns.add(countries, text("column.institutions"), 320, CountryFigures.class,
				f -> institutions(f.byInstitution()));
		chart = id(new TrainedChart(right), "training.chart");
		GridDataFactory.fillDefaults().grab(true, true).minSize(200, 220).applyTo(chart);
		refresh();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (sessions != null && !sessions.getControl().isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		sessions.getControl().setFocus();
	}

	/** Reads sessions, participants and the indicator again, keeping the filters and the selected session. */
	public void refresh() {
		allParticipants = store.findAll(TrainingPackage.Literals.PARTICIPANT, Participant.class);
		String chosen = country.getText();
		List<String> codes = store.findAll(TrainingPackage.Literals.TRAINING_SESSION, TrainingSession.class).stream()
				.map(TrainingSession::getCountry).distinct().sorted().toList();
		country.setItems(Stream.concat(Stream.of(text("filter.anyCountry")), codes.stream()).toArray(String[]::new));
		country.select(Math.max(0, codes.indexOf(chosen) + 1));
		showSessions();
		showIndicator();
	}

	/** Reads the participant list in {@code file} (CSV or XLSX) behind a progress dialog and imports it. */
	public void importFile(Path file) {
		Optional<TrainingSession> session = selectedSession();
		if (session.isEmpty()) {
			say(text("import.noSession"));
			return;
		}
		ImportReport[] report = new ImportReport[1];
		String[] refusal = new String[1];
		try {
			new ProgressMonitorDialog(sessions.getControl().getShell()).run(true, false, monitor -> {
				monitor.beginTask(text("progress.import"), IProgressMonitor.UNKNOWN);
				try {
					report[0] = ParticipantImport.run(store, user.country(), session.get(), rows(file));
				} catch (IOException e) {
					// SheetFiles' own messages are in the user's language and never quote a cell.
					refusal[0] = e.getMessage();
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			// Never the message of an unexpected failure: it might hold a person's data.
			say(Messages.format("import.failed", e.getCause().getClass().getSimpleName()));
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		if (refusal[0] != null) {
			problems.setInput(List.of());
			say(Messages.format("import.unreadable", refusal[0]));
			return;
		}
		problems.setInput(report[0].problems());
		if (report[0].outcome() == ImportReport.Outcome.IMPORTED) {
			say(Messages.format("import.saved", report[0].participants().size()));
			refresh();
		} else {
			say(Messages.format("import.refused", report[0].problems().size(), report[0].rowsRead()));
		}
	}

	/**
	 * Writes the certificate of the selected participant for the selected session; a participant who did not attend
	 * or complete is refused in words, and nothing is written.
	 */
	public void writeCertificate(Path file) {
		Optional<TrainingSession> session = selectedSession();
		Optional<Participant> participant = selectedParticipant();
		if (session.isEmpty() || participant.isEmpty()) {
			say(text("certificate.noSelection"));
			return;
		}
		Optional<TrainingProgramme> programme = store
				.findAll(TrainingPackage.Literals.TRAINING_PROGRAMME, TrainingProgramme.class).stream()
				.filter(p -> p.getId().equals(session.get().getProgrammeId())).findFirst();
		if (programme.isEmpty()) {
			say(text("certificate.noProgramme"));
			return;
		}
		try {
			Certificates.completion(participant.get(), session.get(), Locale.getDefault());
			WholeFile.write(file,
					out -> Certificates.write(participant.get(), session.get(), programme.get(), Locale.getDefault(), out));
			say(Messages.format("certificate.written", file.toString()));
		} catch (CertificateRefusedException e) {
			say(e.getMessage());
		} catch (IOException e) {
			say(Messages.format("certificate.unwritable", file.toString()));
		}
	}

	public String message() {
		return message.getText();
	}

	public String indicatorText() {
		return indicator.getText();
	}

	public TrainedChart chart() {
		return chart;
	}

	/** The selected session's programme, else the one the indicator follows today. */
	private Optional<TrainingProgramme> programmeToEdit() {
		Optional<String> id = selectedSession().map(TrainingSession::getProgrammeId);
		return store.findAll(TrainingPackage.Literals.TRAINING_PROGRAMME, TrainingProgramme.class).stream()
				.filter(p -> id.isPresent() && p.getId().equals(id.get())).findFirst()
				.or(() -> Programmes.approvedAsOf(store, clock.today()));
	}

	private void edit(Optional<? extends Record> record, String descriptor, String noneKey) {
		record.ifPresentOrElse(r -> editors.open(self, descriptor, Optional.of(r)), () -> say(text(noneKey)));
	}

	private void chooseImportFile() {
		FileDialog dialog = new FileDialog(sessions.getControl().getShell(), SWT.OPEN);
		dialog.setText(text("import.choose"));
		dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
		Optional.ofNullable(dialog.open()).map(Path::of).ifPresent(this::importFile);
	}

	private void chooseCertificateFile() {
		FileDialog dialog = new FileDialog(sessions.getControl().getShell(), SWT.SAVE);
		dialog.setText(text("certificate.choose"));
		dialog.setFilterExtensions(new String[] { "*.pdf" });
		dialog.setFileName(text("certificate.fileName"));
		dialog.setOverwrite(true);
		Optional.ofNullable(dialog.open()).map(Path::of).ifPresent(this::writeCertificate);
	}

	private static List<SheetRow> rows(Path file) throws IOException {
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			return SheetFiles.xlsx(file);
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return SheetFiles.csv(reader);
		}
	}

	private void showSessions() {
		LocalDate first;
		LocalDate last;
		try {
			first = from.getText().isBlank() ? LocalDate.MIN : LocalDate.parse(from.getText().strip());
			last = to.getText().isBlank() ? LocalDate.MAX : LocalDate.parse(to.getText().strip());
		} catch (DateTimeParseException e) {
			say(text("filter.badDate"));
			return;
		}
		if (message.getText().equals(text("filter.badDate"))) {
			say("");
		}
		String code = country.getSelectionIndex() <= 0 ? "" : country.getText();
		Object selected = sessions.getStructuredSelection().getFirstElement();
		List<TrainingSession> shown = store.findAll(TrainingPackage.Literals.TRAINING_SESSION, TrainingSession.class)
				.stream().filter(s -> code.isEmpty() || code.equals(s.getCountry()))
				.filter(s -> s.getEndDate() == null || !s.getEndDate().isBefore(first))
				.filter(s -> s.getStartDate() == null || !s.getStartDate().isAfter(last))
				.sorted(Comparator.comparing(TrainingSession::getStartDate,
						Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
		sessions.setInput(shown);
		shown.stream().filter(s -> selected instanceof TrainingSession old && old.getId().equals(s.getId()))
				.findFirst().ifPresent(s -> sessions.setSelection(new org.eclipse.jface.viewers.StructuredSelection(s)));
		showParticipants();
	}

	private void showParticipants() {
		participants.setInput(selectedSession().map(s -> allParticipants.stream()
				.filter(p -> Participants.enrolment(p, s.getId()).isPresent())
				.sorted(Comparator.comparing(Participant::getFullName, String.CASE_INSENSITIVE_ORDER)).toList())
				.orElse(List.of()));
	}

	private void showIndicator() {
		java.util.Optional<TrainedFigures> figures = OfficialsTrained.asOf(store, clock.today());
		if (figures.isEmpty()) {
			indicator.setText(text("indicator.none"));
			countries.setInput(List.of());
			chart.setValues(List.of());
			return;
		}
		TrainedFigures f = figures.get();
		indicator.setText(Messages.format("indicator.summary", f.trained(), f.target(), f.window().start().toString(),
				f.window().end().toString(), f.asOf().toString(), f.bySex().getOrDefault(Sex.F, 0),
				f.bySex().getOrDefault(Sex.M, 0), f.bySex().getOrDefault(Sex.X, 0), f.sessions(),
				institutions(f.byInstitution())));
		countries.setInput(f.countries());
		chart.setValues(f.countries().stream()
				.map(c -> new ChartGeometry.Value(c.country(), c.trained(), c.target().orElse(0))).toList());
		indicator.getParent().layout(true, true);
	}

	private static String institutions(Map<String, Integer> byInstitution) {
		return byInstitution.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
				.collect(Collectors.joining("; "));
	}

	private Optional<Enrolment> enrolment(Participant participant) {
		return selectedSession().flatMap(s -> Participants.enrolment(participant, s.getId()));
	}

	private Optional<TrainingSession> selectedSession() {
		return selected(sessions, TrainingSession.class);
	}

	private Optional<Participant> selectedParticipant() {
		return selected(participants, Participant.class);
	}

	private static <T> Optional<T> selected(TableViewer viewer, Class<T> type) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return type.isInstance(selection.getFirstElement()) ? Optional.of(type.cast(selection.getFirstElement()))
				: Optional.empty();
	}

	private void say(String text) {
		message.setText(text);
		message.getParent().layout(true, true);
	}

	private static String score(Integer score) {
		return score == null ? "" : score.toString();
	}

	private static String day(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	private static String text(String key) {
		return Messages.format(key);
	}

	/* Controls in a row that wraps to the column's width, instead of running under the other half of the part. */
	private static Composite wrapping(Composite column) {
		Composite row = new Composite(column, SWT.NONE);
		RowLayout layout = new RowLayout();
		layout.wrap = true;
		layout.center = true;
		layout.marginLeft = layout.marginRight = layout.marginTop = layout.marginBottom = 0;
		row.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(row);
		return row;
	}

	private static Composite column(Composite parent) {
		Composite column = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(column);
		// A small width hint: the two halves share the part's width instead of growing with their widest text.
		GridDataFactory.fillDefaults().grab(true, true).hint(100, SWT.DEFAULT).applyTo(column);
		return column;
	}

	private static TableViewer table(Composite parent, String id, int height) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		id(viewer.getTable(), id);
		GridDataFactory.fillDefaults().grab(true, true).hint(100, height).applyTo(viewer.getTable());
		return viewer;
	}

	private static void heading(Composite parent, String key) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text(key));
		label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
	}

	private static void label(Composite parent, String key) {
		new Label(parent, SWT.NONE).setText(text(key));
	}

	private static void button(Composite parent, String key, Runnable action) {
		Button button = id(new Button(parent, SWT.PUSH), "training." + key);
		button.setText(text("button." + key));
		button.addListener(SWT.Selection, e -> action.run());
	}

	private static <T extends Control> T id(T control, String id) {
		control.setData(AttributeForm.WIDGET_ID, id);
		return control;
	}
}
