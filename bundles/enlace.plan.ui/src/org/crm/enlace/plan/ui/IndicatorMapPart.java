package org.crm.enlace.plan.ui;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.CountryNames;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.geo.Boundaries;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.plan.IndicatorEvaluation;
import org.crm.enlace.plan.IndicatorReading;
import org.crm.enlace.plan.IndicatorWorkbook;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.Units;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.plan.ui.internal.map.ChoroplethPainter;
import org.crm.enlace.plan.ui.internal.map.MemberShapes;
import org.crm.enlace.plan.ui.internal.map.Messages;
import org.crm.enlace.plan.ui.internal.map.ValueClasses;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The plan's indicators that have a value per country, on a map of the member countries: choose the indicator and the
 * day; each member is shaded and hatched by value class and labelled with its code and value ("sin dato" without
 * one), with a legend; the table beside the map holds the same values for screen readers and copying. The button
 * exports every indicator of the plan on that day to Excel ({@link IndicatorWorkbook}).
 */
public final class IndicatorMapPart {

	private RecordRepository store;
	private Label heading;
	private Combo indicator;
	private DateTime day;
	private Button export;
	private Canvas map;
	private TableViewer table;
	private Optional<WorkPlan> plan = Optional.empty();
	private List<IndicatorReading> readings = List.of();
	private List<IndicatorReading> mapped = List.of();
	private MemberShapes shapes;

	/** A member country's line in the table beside the map. */
	public record Row(String code, String name, Optional<BigDecimal> value, String valueClass) {
	}

	@PostConstruct
	void create(Composite parent, RecordRepository store, Clock clock) {
		this.store = store;
		GridLayoutFactory.swtDefaults().numColumns(5).applyTo(parent);
		heading = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(heading);
		new Label(parent, SWT.NONE).setText(Messages.format("label.indicator"));
		indicator = new Combo(parent, SWT.READ_ONLY);
		indicator.setData(AttributeForm.WIDGET_ID, "plan.map.indicator");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(indicator);
		indicator.addListener(SWT.Selection, e -> show());
		new Label(parent, SWT.NONE).setText(Messages.format("label.asOf"));
		day = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		day.setData(AttributeForm.WIDGET_ID, "plan.map.asOf");
		LocalDate today = clock.today();
		day.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
		day.addListener(SWT.Selection, e -> refresh());
		export = new Button(parent, SWT.PUSH);
		export.setText(Messages.format("button.export"));
		export.setData(AttributeForm.WIDGET_ID, "plan.map.export");
		export.addListener(SWT.Selection, e -> chooseWorkbookFile());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(sash);
		map = new Canvas(sash, SWT.DOUBLE_BUFFERED);
		map.setData(AttributeForm.WIDGET_ID, "plan.map.canvas");
		map.addPaintListener(e -> paint(e.gc));
		map.addListener(SWT.Resize, e -> shapes = null);
		map.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = Messages.format("accessible.name");
			}
		});
		table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setData(AttributeForm.WIDGET_ID, "plan.map.table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("column.country", 160, Row::name);
		column("column.code", 60, Row::code);
		column("column.value", 70, r -> r.value().map(v -> v.stripTrailingZeros().toPlainString())
				.orElseGet(() -> Messages.format("legend.noData")));
		column("column.class", 120, Row::valueClass);
		sash.setWeights(65, 35);
		refresh();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (heading != null && !heading.isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		indicator.setFocus();
	}

	/** Reads the plan in force and its indicators again as of the day chosen, keeping the indicator chosen. */
	public void refresh() {
		String chosen = selected().map(IndicatorReading::indicator).orElse("");
		LocalDate asOf = LocalDate.of(day.getYear(), day.getMonth() + 1, day.getDay());
		plan = Plans.current(store);
		readings = plan.map(p -> IndicatorEvaluation.evaluate(p, store, Services.all(IndicatorSource.class), asOf))
				.orElse(List.of());
		mapped = readings.stream().filter(r -> !r.breakdown().isEmpty()).toList();
		Locale locale = Locale.getDefault();
		indicator.setItems(mapped.stream().map(r -> r.text(locale)).toArray(String[]::new));
		int keep = mapped.stream().map(IndicatorReading::indicator).toList().indexOf(chosen);
		indicator.select(Math.max(0, keep));
		heading.setText(plan.map(p -> Messages.format(mapped.isEmpty() ? "heading.noBreakdown" : "heading",
				p.getCode(), asOf.toString())).orElseGet(() -> Messages.format("heading.noPlan")));
		export.setEnabled(plan.isPresent());
		show();
	}

	/** The indicator on the map, if any has a breakdown. */
	public Optional<IndicatorReading> selected() {
		int index = indicator.getSelectionIndex();
		return index < 0 || index >= mapped.size() ? Optional.empty() : Optional.of(mapped.get(index));
	}

	/** The table's rows: every member country, in the catalogue's order. */
	public List<Row> rows() {
		Map<String, BigDecimal> values = selected().map(IndicatorReading::breakdown).orElse(Map.of());
		ValueClasses classes = ValueClasses.of(values.values());
		Locale locale = Locale.getDefault();
		return members().stream().map(entry -> {
			Optional<BigDecimal> value = Optional.ofNullable(values.get(entry.code()));
			String valueClass = value.map(v -> classes.classOf(v))
					.map(c -> Messages.format("class.value", c + 1, classes.count(), classes.classes().get(c).label()))
					.orElseGet(() -> Messages.format("legend.noData"));
			return new Row(entry.code(), CountryNames.of(CountryCatalog.newCountry(entry), locale), value,
					valueClass);
		}).toList();
	}

	/** Every indicator of the plan on the day chosen, to an Excel workbook. */
	public void writeWorkbook(Path file) {
		IndicatorWorkbook.write(plan.orElseThrow().getCode(), readings, Locale.getDefault(), file);
	}

	private void show() {
		table.setInput(rows());
		map.redraw();
		heading.getParent().layout(true, true);
	}

	private void paint(GC gc) {
		Optional<IndicatorReading> shown = selected();
		if (shown.isEmpty()) {
			return;
		}
		if (shapes == null) {
			shapes = MemberShapes.of(Boundaries.shipped(), members().stream().map(CountryCatalog.Entry::code).toList(),
					map.getClientArea().width, map.getClientArea().height);
		}
		IndicatorReading reading = shown.get();
		String title = Messages.format("legend.title", reading.indicator(),
				Units.label(reading.unit(), Locale.getDefault()));
		ChoroplethPainter.paint(gc, map.getClientArea(), new ChoroplethPainter.Picture(shapes, reading.breakdown(),
				ValueClasses.of(reading.breakdown().values()), title));
	}

	private void chooseWorkbookFile() {
		FileDialog chooser = new FileDialog(export.getShell(), SWT.SAVE);
		chooser.setText(Messages.format("export.title"));
		chooser.setOverwrite(true);
		chooser.setFilterExtensions(new String[] { "*.xlsx" });
		chooser.setFileName(plan.orElseThrow().getCode() + ".xlsx");
		String chosen = chooser.open();
		if (chosen == null) {
			return;
		}
		try {
			writeWorkbook(Path.of(chosen));
			MessageDialog.openInformation(export.getShell(), Messages.format("export.title"),
					Messages.format("export.done", chosen));
		} catch (UncheckedIOException e) {
			MessageDialog.openError(export.getShell(), Messages.format("export.title"),
					Messages.format("export.failed", chosen));
		}
	}

	private static List<CountryCatalog.Entry> members() {
		return CountryCatalog.entries().stream().filter(e -> e.status() == CountryStatus.MEMBER).toList();
	}

	private void column(String key, int width, Function<Row, String> text) {
		TextColumns.add(table, Messages.format(key), width, Row.class, text);
	}
}
