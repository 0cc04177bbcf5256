package org.crm.enlace.intel.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.intel.Crossings;
import org.crm.enlace.intel.ReportFilter;
import org.crm.enlace.intel.ReportSearch;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.intel.Vocabularies;
import org.crm.enlace.intel.model.Modality;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.ui.internal.Messages;
import org.crm.enlace.intel.ui.internal.Widgets;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The modus-operandi reports the user may see, narrowed by full text and by facets (country, modality, modus
 * operandi, route place, period), each facet value with its count; beside them the map of the routes of the reports
 * listed, or of the one selected, with the border crossing points users added. What it shows goes into the
 * application context for the map part.
 */
public final class ReportsPart {

	private RecordRepository repository;
	private IEclipseContext applicationContext;
	private Terms terms;
	private Text text;
	private Text from;
	private Text to;
	private FacetChoice country;
	private FacetChoice modality;
	private FacetChoice term;
	private FacetChoice place;
	private Label status;
	private TableViewer table;
	private RouteMapView mapView;
	private List<SmugglingReport> reports = List.of();

	@PostConstruct
	void create(Composite parent, RecordRepository repository, MApplication application, MPart self,
			ReportEditors editors, ESelectionService selection, CrossingEditors crossingEditors, CurrentUser user) {
		this.repository = repository;
		this.applicationContext = application.getContext();
		parent.setLayout(new FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(left);

		Composite filters = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		new Label(filters, SWT.NONE).setText(Messages.get("search.text"));
		text = new Text(filters, SWT.BORDER | SWT.SEARCH);
		text.setData(Widgets.WIDGET_ID, "intel.search.text");
		text.setMessage(Messages.get("search.text.hint"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addListener(SWT.DefaultSelection, e -> refresh());
		Locale locale = Locale.getDefault();
		country = new FacetChoice(filters, "facet.country", "intel.facet.country", code -> code, this::refresh);
		modality = new FacetChoice(filters, "facet.modality", "intel.facet.modality",
				value -> Messages.get("modality." + value), this::refresh);
		term = new FacetChoice(filters, "facet.term", "intel.facet.term",
				code -> terms.label(Vocabularies.MODUS_OPERANDI, code, locale), this::refresh);
		place = new FacetChoice(filters, "facet.place", "intel.facet.place", value -> value, this::refresh);
		new Label(filters, SWT.NONE).setText(Messages.get("facet.from"));
		from = dateField(filters, "intel.facet.from");
		new Label(filters, SWT.NONE).setText(Messages.get("facet.to"));
		to = dateField(filters, "intel.facet.to");

		Composite bar = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		status = new Label(bar, SWT.NONE);
		status.setData(Widgets.WIDGET_ID, "intel.search.status");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		Widgets.button(bar, "button.search", "intel.search", this::refresh);
		Widgets.button(bar, "button.clear", "intel.clear", this::clear);
		Widgets.button(bar, "button.new", "intel.new", () -> editors.open(self, null));

		table = new TableViewer(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		table.getTable().setData(Widgets.WIDGET_ID, "intel.reports");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		column("column.owner", 60, SmugglingReport::getOwnerCountry);
		column("column.title", 300, SmugglingReport::getTitle);
		column("column.modality", 90, ReportText::modality);
		column("column.period", 180, ReportText::period);
		column("column.tlp", 90, r -> r.getTlp() == null ? "" : r.getTlp().getLiteral());
		table.addSelectionChangedListener(e -> {
			selection.setSelection(selected().orElse(null));
			publish();
		});
		table.addDoubleClickListener(e -> selected().ifPresent(r -> editors.open(self, r)));

		mapView = new RouteMapView(sash, report -> editors.open(self, report));
		crossingEditors.offerOnMap(mapView, self, user);
		sash.setWeights(55, 45);
		refresh();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (table != null && !table.getControl().isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		text.setFocus();
	}

	/** Runs the search with what the fields hold and shows the result, its facet counts and its routes. */
	void refresh() {
		Optional<ReportFilter> filter = filter();
		if (filter.isEmpty()) {
			status.setText(Messages.get("search.badDate"));
			return;
		}
		try {
			terms = Terms.load(repository);
			ReportSearch.Result result = ReportSearch.run(repository, filter.get());
			reports = result.reports();
			country.fill(result.countries());
			modality.fill(result.modalities());
			term.fill(result.terms());
			place.fill(result.places());
			mapView.showCrossings(Crossings.visible(repository));
			status.setText(Messages.format("search.count", reports.size()));
		} catch (StoreException e) {
			reports = List.of();
			status.setText(e.getMessage());
		}
		table.setInput(reports);
		publish();
		status.getParent().layout();
	}

	/** What the table shows now, for tests. */
	List<SmugglingReport> reports() {
		return reports;
	}

	RouteMapView mapView() {
		return mapView;
	}

	private void clear() {
		text.setText("");
		from.setText("");
		to.setText("");
		List.of(country, modality, term, place).forEach(FacetChoice::clear);
		refresh();
	}

	private Optional<ReportFilter> filter() {
		try {
			String chosenModality = modality.chosen();
			return Optional.of(new ReportFilter(country.chosen(),
					chosenModality == null ? null : Modality.getByName(chosenModality), term.chosen(),
					date(from), date(to), place.chosen(), text.getText()));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	private void publish() {
		List<SmugglingReport> chosen = table.getStructuredSelection().toList().stream()
				.map(SmugglingReport.class::cast).toList();
		ShownReports shown = new ShownReports(reports, chosen);
		mapView.show(shown.onMap());
		applicationContext.set(ShownReports.class, shown);
	}

	private Optional<SmugglingReport> selected() {
		Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return Optional.ofNullable((SmugglingReport) first);
	}

	private static LocalDate date(Text field) {
		String value = field.getText().strip();
		return value.isEmpty() ? null : LocalDate.parse(value);
	}

	private Text dateField(Composite parent, String widgetId) {
		Text field = new Text(parent, SWT.BORDER);
		field.setData(Widgets.WIDGET_ID, widgetId);
		field.setMessage(Messages.get("facet.date.hint"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
		field.addListener(SWT.DefaultSelection, e -> refresh());
		return field;
	}

	private void column(String key, int width, Function<SmugglingReport, String> value) {
		TextColumns.add(table, Messages.get(key), width, SmugglingReport.class, value);
	}
}
