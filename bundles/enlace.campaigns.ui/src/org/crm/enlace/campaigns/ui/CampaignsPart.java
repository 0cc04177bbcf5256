package org.crm.enlace.campaigns.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.crm.enlace.campaigns.CalendarEntry;
import org.crm.enlace.campaigns.CampaignCalendar;
import org.crm.enlace.campaigns.Campaigns;
import org.crm.enlace.campaigns.export.PublicationExport;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.FewerVictims;
import org.crm.enlace.campaigns.statistics.ImportReport;
import org.crm.enlace.campaigns.statistics.StatisticsCsvImport;
import org.crm.enlace.campaigns.statistics.TrendSeries;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.campaigns.statistics.VictimTrend;
import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.io.WholeFile;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Issue 7, section 2 in the workbench: the regional campaign project and its national adaptations, the campaign
 * calendar by month and country, the selected adaptation's materials, and the victim statistics: the trend of a
 * country or the region with its campaign periods marked, the "fewer victims" indicator, a CSV import that saves
 * nothing when a row is bad, and the publication export, always with small cells suppressed. The project, the
 * adaptations and a country's statistics open in their editors beside this part ({@link CampaignEditors}).
 */
public final class CampaignsPart {

	/*
	 * The width wrapped labels, tables and the chart ask for: otherwise they ask for their whole text's and push the
	 * right column out of the part; they grab what the part has anyway.
	 */
	private static final int NARROW = 200;
	private static final Comparator<CampaignProject> LATEST_DRAFT = Comparator.comparing(CampaignProject::getDraftDate,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private RecordStore store;
	private Clock clock;
	@Inject
	@Optional
	private IEventBroker broker;
	// Only in the workbench: the editors open beside this part.
	@Inject
	@Optional
	private EPartService parts;
	@Inject
	@Optional
	private MPart self;

	private Label project;
	private Table adaptations;
	private Table calendar;
	private MaterialsView materials;
	private Combo area;
	private TrendChart chart;
	private Label fewerVictims;
	private Table report;
	private final List<String> areas = new ArrayList<>();

	@PostConstruct
	void create(Composite parent, RecordStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(parent);
		Composite projectLine = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(projectLine);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(projectLine);
		project = widget(new Label(projectLine, SWT.WRAP), "campaigns.project");
		GridDataFactory.fillDefaults().grab(true, false).hint(NARROW, SWT.DEFAULT).applyTo(project);
		button(projectLine, "campaigns.editProject", "action.editProject", this::editProject);

		Group adaptationsGroup = group(parent, "group.adaptations");
		adaptations = table(adaptationsGroup, "campaigns.adaptations", "adaptation.country", "adaptation.title",
				"adaptation.period", "adaptation.languages", "adaptation.channels");
		adaptations.addListener(SWT.Selection, e -> showMaterials());
		adaptations.addListener(SWT.DefaultSelection, e -> editSelected());
		Composite actions = new Composite(adaptationsGroup, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(actions);
		button(actions, "campaigns.newAdaptation", "action.newAdaptation", this::newAdaptation);
		button(actions, "campaigns.editAdaptation", "action.editAdaptation", this::editSelected);
		Group calendarGroup = group(parent, "group.calendar");
		calendar = table(calendarGroup, "campaigns.calendar", "calendar.month", "calendar.country",
				"calendar.kind", "calendar.dates", "calendar.title");

		Group materialsGroup = group(parent, "group.materials");
		materials = new MaterialsView(materialsGroup);
		widget(materials.control(), "campaigns.materials");
		GridDataFactory.fillDefaults().grab(true, true).hint(NARROW, SWT.DEFAULT).applyTo(materials.control());

		Group statistics = group(parent, "group.statistics");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(statistics);
		// The actions wrap to the column's width: wider than the column, the chart below would be laid out, and on
		// GTK drawn, beyond the part.
		Composite statisticsActions = new Composite(statistics, SWT.NONE);
		RowLayout wrapping = new RowLayout();
		wrapping.wrap = true;
		wrapping.marginLeft = wrapping.marginRight = wrapping.marginTop = wrapping.marginBottom = 0;
		statisticsActions.setLayout(wrapping);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(NARROW, SWT.DEFAULT).applyTo(statisticsActions);
		area = widget(new Combo(statisticsActions, SWT.READ_ONLY), "campaigns.area");
		area.addListener(SWT.Selection, e -> showTrend());
		button(statisticsActions, "campaigns.import", "action.import", this::chooseImport);
		button(statisticsActions, "campaigns.exportCsv", "action.exportCsv", () -> chooseExport("*.csv"));
		button(statisticsActions, "campaigns.exportXlsx", "action.exportXlsx", () -> chooseExport("*.xlsx"));
		button(statisticsActions, "campaigns.newStatistics", "action.newStatistics", () -> {
			if (parts != null) {
				CampaignEditors.open(parts, self, CampaignEditors.STATISTICS, Map.of());
			}
		});
		button(statisticsActions, "campaigns.editStatistics", "action.editStatistics", this::editStatistics);
		chart = new TrendChart(statistics);
		widget(chart.control(), "campaigns.trend");
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(NARROW, 260).applyTo(chart.control());
		fewerVictims = widget(new Label(statistics, SWT.WRAP), "campaigns.fewerVictims");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(NARROW, SWT.DEFAULT).applyTo(fewerVictims);
		Label note = widget(new Label(statistics, SWT.WRAP), "campaigns.suppression");
		note.setText(Messages.format("export.suppression", PublicationExport.note()));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(NARROW, SWT.DEFAULT).applyTo(note);
		report = table(statistics, "campaigns.report", "report.where", "report.problem");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(NARROW, 90).applyTo(report);
		refresh();
	}

	@Inject
	@Optional
	public void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (project != null && !project.isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		adaptations.setFocus();
	}

	public TrendChart chart() {
		return chart;
	}

	/** Shows the trend of {@code code} (a country's alpha-3 code or {@link VictimTrend#REGION}), when it reported. */
	public boolean showArea(String code) {
		int index = areas.indexOf(code);
		if (index >= 0) {
			area.select(index);
			showTrend();
		}
		return index >= 0;
	}

	/**
	 * Imports a CSV file of statistics behind a progress dialog; every bad row is listed in the report and, then,
	 * nothing is saved.
	 */
	public ImportReport importFrom(Path file) {
		ImportReport done = withProgress("progress.import", () -> {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				return StatisticsCsvImport.importCsv(reader, file.getFileName().toString(), store);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		report.removeAll();
		if (done.succeeded()) {
			row(report, Messages.format("report.file", file.getFileName()),
					Messages.format("report.imported", done.rows(), done.saved().size()));
			if (broker != null) {
				broker.post(RecordEvents.CHANGED, "VictimStatistics");
			}
			refresh();
		} else {
			row(report, Messages.format("report.file", file.getFileName()),
					Messages.format("report.nothingSaved", done.problems().size(), done.rows()));
			for (Problem problem : done.problems()) {
				row(report, problem.field(), problem.message());
			}
		}
		fill(report);
		return done;
	}

	/** Writes every visible statistics record for publication, small cells suppressed; CSV or XLSX by the name. */
	public void exportTo(Path file) {
		List<VictimStatistics> statistics = VictimStatisticsRecords.all(store);
		withProgress("progress.export", () -> {
			try {
				if (file.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
					WholeFile.write(file, out -> PublicationExport.xlsx(statistics, out));
				} else {
					WholeFile.write(file, out -> {
						Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
						PublicationExport.csv(statistics, text);
						text.flush();
					});
				}
				return file;
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		report.removeAll();
		row(report, Messages.format("report.file", file.getFileName()),
				Messages.format("report.exported", statistics.size()));
		fill(report);
	}

	private void refresh() {
		List<CampaignProject> projects = Campaigns.projects(store);
		List<NationalAdaptation> adapted = new ArrayList<>(Campaigns.adaptations(store));
		adapted.sort(Comparator.comparing(NationalAdaptation::getCountry));
		project.setText(projects.stream().map(p -> Messages.format("project.line", p.getTitle(),
				p.getDraftVersion(), String.valueOf(p.getDraftDate()), Messages.format("status." + p.getStatus().getLiteral()),
				period(p.getStartDate(), p.getEndDate()))).reduce((a, b) -> a + "\n" + b)
				.orElse(Messages.format("project.none")));
		adaptations.removeAll();
		for (NationalAdaptation a : adapted) {
			TableItem item = row(adaptations, a.getCountry(), a.getTitle(), period(a.getStartDate(), a.getEndDate()),
					String.join(", ", a.getLanguages()), String.join(", ",
							a.getChannels().stream().map(c -> Messages.format("channel." + c.getLiteral())).toList()));
			item.setData(a);
		}
		calendar.removeAll();
		for (CalendarEntry entry : CampaignCalendar.of(projects, adapted)) {
			row(calendar, entry.start().toString().substring(0, 7),
					entry.country().isEmpty() ? Messages.format("area.REGION") : entry.country(),
					Messages.format("kind." + entry.kind().name()), period(entry.start(), entry.end().orElse(null)),
					entry.title());
		}
		fill(adaptations);
		fill(calendar);
		showMaterials();
		refreshStatistics(projects, adapted);
	}

	private void refreshStatistics(List<CampaignProject> projects, List<NationalAdaptation> adapted) {
		LocalDate today = clock.today();
		List<VictimStatistics> statistics = VictimStatisticsRecords.all(store);
		String shown = area.getSelectionIndex() >= 0 ? areas.get(area.getSelectionIndex()) : VictimTrend.REGION;
		areas.clear();
		areas.add(VictimTrend.REGION);
		areas.addAll(VictimTrend.byCountry(statistics, adapted, today).keySet());
		area.setItems(areas.stream().map(c -> c.equals(VictimTrend.REGION) ? Messages.format("area.REGION") : c)
				.toArray(String[]::new));
		area.select(Math.max(0, areas.indexOf(shown)));
		showTrend();
		Map<String, FewerVictims.Comparison> compared = FewerVictims.compare(statistics, adapted, projects, today);
		if (compared.isEmpty()) {
			fewerVictims.setText(Messages.format("indicator.none"));
		} else {
			long total = compared.values().stream().mapToLong(FewerVictims.Comparison::fewer).sum();
			String countries = String.join("; ", compared.values().stream()
					.map(c -> Messages.format("indicator.country", c.country(), c.before(),
							period(c.baseline().start(), c.baseline().end()), c.after(),
							period(c.latest().start(), c.latest().end()), c.fewer()))
					.toList());
			fewerVictims.setText(Messages.format("indicator.value", total, compared.size(), countries));
		}
		fewerVictims.getParent().layout(true, true);
	}

	private void showTrend() {
		LocalDate today = clock.today();
		List<VictimStatistics> statistics = VictimStatisticsRecords.all(store);
		String code = areas.get(Math.max(0, area.getSelectionIndex()));
		TrendSeries series = code.equals(VictimTrend.REGION)
				? VictimTrend.region(statistics, Campaigns.projects(store), today)
				: VictimTrend.byCountry(statistics, Campaigns.adaptations(store), today).get(code);
		String name = code.equals(VictimTrend.REGION) ? Messages.format("area.REGION") : code;
		chart.show(series, Messages.format("trend.title", name));
	}

	private void editSelected() {
		int index = adaptations.getSelectionIndex();
		if (parts != null && index >= 0) {
			CampaignEditors.open(parts, self, CampaignEditors.ADAPTATION, Map.of(CampaignEditors.RECORD_ID,
					((NationalAdaptation) adaptations.getItem(index).getData()).getId()));
		}
	}

	/* The latest draft: a save makes a new version of it. */
	private void editProject() {
		if (parts != null) {
			Campaigns.projects(store).stream().max(LATEST_DRAFT).ifPresent(p -> CampaignEditors.open(parts, self,
					CampaignEditors.PROJECT, Map.of(CampaignEditors.RECORD_ID, p.getId())));
		}
	}

	/* The latest period of the country whose trend is shown; the region is no record. */
	private void editStatistics() {
		String code = areas.get(Math.max(0, area.getSelectionIndex()));
		if (parts == null) {
			return;
		}
		if (code.equals(VictimTrend.REGION)) {
			report.removeAll();
			row(report, Messages.format("area.REGION"), Messages.format("statistics.chooseCountry"));
			fill(report);
			return;
		}
		CampaignEditors.latestStatistics(store, code).ifPresent(s -> CampaignEditors.open(parts, self,
				CampaignEditors.STATISTICS, Map.of(CampaignEditors.RECORD_ID, s.getId())));
	}

	/* An adaptation of the latest regional project: the one countries adapt now. */
	private void newAdaptation() {
		if (parts == null) {
			return;
		}
		Campaigns.projects(store).stream().max(LATEST_DRAFT).ifPresentOrElse(
				p -> CampaignEditors.open(parts, self, CampaignEditors.ADAPTATION,
						Map.of(CampaignEditors.PROJECT_ID, p.getId())),
				() -> project.setText(Messages.format("project.noneToAdapt")));
	}

	private void showMaterials() {
		int index = adaptations.getSelectionIndex();
		if (index < 0) {
			materials.clear();
			return;
		}
		materials.show(store, ((NationalAdaptation) adaptations.getItem(index).getData()).getId());
	}

	private void chooseImport() {
		FileDialog dialog = new FileDialog(project.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		java.util.Optional.ofNullable(dialog.open()).map(Path::of).ifPresent(this::importFrom);
	}

	private void chooseExport(String extension) {
		FileDialog dialog = new FileDialog(project.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { extension });
		dialog.setFileName(Messages.format("export.fileName") + extension.substring(1));
		dialog.setOverwrite(true);
		java.util.Optional.ofNullable(dialog.open()).map(Path::of).ifPresent(this::exportTo);
	}

	/* Work on files runs away from the UI thread; what it throws is thrown again here. */
	private <T> T withProgress(String taskKey, Supplier<T> work) {
		Object[] made = new Object[1];
		try {
			new ProgressMonitorDialog(project.getShell()).run(true, false, monitor -> {
				monitor.beginTask(Messages.format(taskKey), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					made[0] = work.get();
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		@SuppressWarnings("unchecked")
		T result = (T) made[0];
		return result;
	}

	private static String period(LocalDate start, LocalDate end) {
		return Messages.format("period", String.valueOf(start), end == null ? "\u2026" : end.toString());
	}

	private static Group group(Composite parent, String key) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.format(key));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		return group;
	}

	private static Table table(Composite parent, String id, String... columnKeys) {
		Table table = widget(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), id);
		table.setHeaderVisible(true);
		for (String key : columnKeys) {
			new TableColumn(table, SWT.LEFT).setText(Messages.format(key));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(NARROW, 150).applyTo(table);
		return table;
	}

	private static TableItem row(Table table, String... cells) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(cells);
		return item;
	}

	private static void fill(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	private static Button button(Composite parent, String id, String key, Runnable action) {
		Button button = widget(new Button(parent, SWT.PUSH), id);
		button.setText(Messages.format(key));
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private static <T extends Control> T widget(T control, String id) {
		control.setData(AttributeForm.WIDGET_ID, id);
		return control;
	}
}
