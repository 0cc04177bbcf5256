package org.crm.enlace.plan.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.crm.enlace.core.indicator.AnchorDaySource;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.io.WholeFile;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.plan.Dashboard;
import org.crm.enlace.plan.DashboardReport;
import org.crm.enlace.plan.IndicatorReading;
import org.crm.enlace.plan.Provenances;
import org.crm.enlace.plan.Units;
import org.crm.enlace.plan.ui.internal.Charts;
import org.crm.enlace.plan.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Pro Tempore Presidency's dashboard of the plan in force: every indicator (value against target, unit, as of
 * when, where from) as a table and a bar each, the countries of an indicator that has a breakdown side by side, and
 * the activities against their deadlines; a PDF of it for the vice-ministerial meeting. It reads the store again
 * when records change. Indicator sources are the areas' DS services, as {@code ./enlace indicators} finds them.
 */
public final class DashboardPart {

	private RecordStore store;
	private Clock clock;
	private Label heading;
	private TableViewer indicators;
	private static final int MIN_WIDTH = 600;

	private Canvas bars;
	private Canvas countries;
	private Canvas timeline;
	private Button report;
	private Optional<Dashboard> dashboard = Optional.empty();

	@PostConstruct
	void create(Composite parent, RecordStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
		parent.setLayout(new FillLayout());
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite body = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		heading = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		report = new Button(body, SWT.PUSH);
		report.setText(Messages.format("button.report"));
		report.setData(AttributeForm.WIDGET_ID, "plan.dashboard.report");
		report.addListener(SWT.Selection, e -> chooseReportFile());
		indicators = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION);
		indicators.getTable().setData(AttributeForm.WIDGET_ID, "plan.dashboard.indicators");
		indicators.getTable().setHeaderVisible(true);
		indicators.getTable().setLinesVisible(true);
		indicators.setContentProvider(ArrayContentProvider.getInstance());
		Locale locale = Locale.getDefault();
		column("column.indicator", 380, r -> r.text(locale));
		column("column.value", 70, r -> r.value().map(BigDecimal::toPlainString).orElse("-"));
		column("column.target", 70, r -> r.target().map(BigDecimal::toPlainString).orElse("-"));
		column("column.unit", 110, r -> Units.label(r.unit(), locale));
		column("column.asOf", 90, r -> r.dated().map(Object::toString).orElse("-"));
		column("column.provenance", 420, Provenances::describe);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 120)
				.applyTo(indicators.getControl());
		bars = canvas(body, "plan.dashboard.bars", 120, gc -> dashboard.ifPresent(
				d -> Charts.indicators(gc, bars.getClientArea(), d.indicators(), locale)));
		countries = canvas(body, "plan.dashboard.countries", 200, gc -> dashboard.ifPresent(
				d -> Charts.countries(gc, countries.getClientArea(),
						d.indicators().stream().filter(r -> !r.breakdown().isEmpty()).findFirst(), locale)));
		timeline = canvas(body, "plan.dashboard.timeline", 300, gc -> dashboard.ifPresent(
				d -> Charts.timeline(gc, timeline.getClientArea(), d, locale)));
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		// As wide as the part (the charts fit it), scrolling only below a readable width: a canvas wider than the
		// visible area is drawn, on GTK, over the parts beside this one.
		scroll.addListener(SWT.Resize, e -> scroll.setMinSize(
				body.computeSize(Math.max(MIN_WIDTH, scroll.getClientArea().width), SWT.DEFAULT)));
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
		report.setFocus();
	}

	/** What the part shows now; empty when no plan is in force. */
	public Optional<Dashboard> dashboard() {
		return dashboard;
	}

	public String heading() {
		return heading.getText();
	}

	public void refresh() {
		dashboard = Dashboard.read(store, Services.all(IndicatorSource.class), Services.all(AnchorDaySource.class),
				clock.today());
		heading.setText(dashboard.map(d -> Messages.format("heading", d.plan().getCode(),
				Locale.getDefault().getLanguage().equals("es") || d.plan().getTitleEn() == null
						? d.plan().getTitleEs() : d.plan().getTitleEn(),
				d.asOf().toString())).orElseGet(() -> Messages.format("heading.noPlan")));
		indicators.setInput(dashboard.map(Dashboard::indicators).orElse(List.of()));
		report.setEnabled(dashboard.isPresent());
		bars.redraw();
		countries.redraw();
		timeline.redraw();
		heading.getParent().layout(true, true);
	}

	/**
	 * Writes the PDF report behind a progress dialog, to a temporary file first so that a failure leaves no half
	 * file where the user asked for one.
	 */
	public void writeReport(Path file) {
		Dashboard shown = dashboard.orElseThrow();
		Locale locale = Locale.getDefault();
		int rows = shown.indicators().size() + shown.activities().size();
		try {
			new ProgressMonitorDialog(report.getShell()).run(true, false, monitor -> {
				monitor.beginTask(Messages.format("progress.report"), rows);
				try {
					WholeFile.write(file, out -> DashboardReport.write(shown, locale, out, () -> monitor.worked(1)));
				} catch (IOException e) {
					throw new InvocationTargetException(new UncheckedIOException(e));
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(report.getShell(), Messages.format("report.failedTitle"),
					Messages.format("report.failed", file.toString()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void chooseReportFile() {
		FileDialog chooser = new FileDialog(report.getShell(), SWT.SAVE);
		chooser.setOverwrite(true);
		chooser.setFilterExtensions(new String[] { "*.pdf" });
		chooser.setFileName(Messages.format("report.fileName", dashboard.orElseThrow().plan().getCode(),
				clock.today().toString()));
		String chosen = chooser.open();
		if (chosen != null) {
			writeReport(Path.of(chosen));
		}
	}

	private void column(String key, int width, Function<IndicatorReading, String> text) {
		TextColumns.add(indicators, Messages.format(key), width, IndicatorReading.class, text);
	}

	private static Canvas canvas(Composite parent, String id, int height,
			Consumer<GC> paint) {
		Canvas canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setData(AttributeForm.WIDGET_ID, id);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint.accept(e.gc));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, height).applyTo(canvas);
		return canvas;
	}
}
