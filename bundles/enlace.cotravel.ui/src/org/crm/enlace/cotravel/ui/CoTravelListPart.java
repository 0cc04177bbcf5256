package org.crm.enlace.cotravel.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.cotravel.AlertFilter;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.CoTravelPackage.Literals;
import org.crm.enlace.cotravel.model.Outcome;
import org.crm.enlace.cotravel.ui.internal.AlertSections;
import org.crm.enlace.cotravel.ui.internal.Messages;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The co-travel alerts the user may see, the latest first, filtered by period (from, to: YYYY-MM-DD), place
 * (crossing, airport code or part of the name), outcome, nationality and free text (names, document numbers,
 * carrier, observations). Typing in a filter narrows the list at once; Enter or double-click opens an alert; a
 * liaison officer starts a new one.
 */
public final class CoTravelListPart {

	private RecordRepository repository;
	private TableViewer table;
	private Label status;
	private Text from;
	private Text to;
	private Text place;
	private Combo outcome;
	private Text nationality;
	private Text text;
	private List<CoTravelAlert> alerts = List.of();

	@PostConstruct
	void create(Composite parent, RecordRepository repository, CurrentUser user, MPart self,
			CoTravelEditors editors) {
		this.repository = repository;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		from = filter(filters, "list.from", "cotravel.list.from", 90);
		to = filter(filters, "list.to", "cotravel.list.to", 90);
		place = filter(filters, "list.place", "cotravel.list.place", 140);
		new Label(filters, SWT.NONE).setText(Messages.get("list.outcome"));
		outcome = new Combo(filters, SWT.READ_ONLY);
		outcome.setData(AttributeForm.WIDGET_ID, "cotravel.list.outcome");
		outcome.add(Messages.get("list.any"));
		Outcome.VALUES.forEach(o -> outcome.add(RecordNames.literal(Literals.OUTCOME, o, Locale.getDefault())));
		outcome.select(0);
		outcome.addListener(SWT.Selection, e -> refresh());
		nationality = filter(filters, "list.nationality", "cotravel.list.nationality", 50);
		text = filter(filters, "list.text", "cotravel.list.text", 160);

		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		status = new Label(bar, SWT.WRAP);
		status.setData(AttributeForm.WIDGET_ID, "cotravel.list.status");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		if (user.role() == Role.LIAISON_OFFICER) {
			AlertSections.button(bar, "list.new", "cotravel.list.new", () -> editors.openNew(self));
		}
		AlertSections.button(bar, "list.open", "cotravel.list.open", () -> selected().ifPresent(a -> editors.open(self, a)));

		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setData(AttributeForm.WIDGET_ID, "cotravel.list.table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		column("list.column.date", 90, a -> String.valueOf(a.getDate()));
		column("list.column.time", 50, CoTravelAlert::getTime);
		column("list.column.place", 200, CoTravelListPart::placeOf);
		column("list.column.direction", 80, a -> RecordNames.literal(
				Literals.DIRECTION, a.getDirection(), Locale.getDefault()));
		column("list.column.persons", 170,
				a -> Messages.format("editor.counts", a.getAdults().size(), a.getChildren().size()));
		column("list.column.outcome", 200, a -> a.isSetOutcome() ? RecordNames
				.literal(Literals.OUTCOME, a.getOutcome(), Locale.getDefault()) : "");
		column("list.column.owner", 60, CoTravelAlert::getOwnerCountry);
		// JFace reports Enter on a row (SWT's default selection) as a double click too.
		table.addDoubleClickListener(e -> selected().ifPresent(a -> editors.open(self, a)));
		refresh();
	}

	@Inject
	@Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (table != null && !table.getControl().isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		from.setFocus();
	}

	/** Reads the alerts again with the filters as typed: on a record change, a filter's change, and in tests. */
	public void refresh() {
		AlertFilter filter = AlertFilter.ANY.inPeriod(day(from), day(to)).at(place.getText())
				.withOutcome(outcome.getSelectionIndex() <= 0 ? null : Outcome.get(outcome.getSelectionIndex() - 1))
				.withNationality(nationality.getText()).containing(text.getText());
		alerts = CoTravelAlerts.find(repository, filter);
		table.setInput(alerts);
		status.setText(Messages.format("list.count", alerts.size()));
		status.getParent().layout();
	}

	/** What the table shows, for tests. */
	public List<CoTravelAlert> alerts() {
		return alerts;
	}

	private Text filter(Composite parent, String key, String widgetId, int width) {
		new Label(parent, SWT.NONE).setText(Messages.get(key));
		Text field = new Text(parent, SWT.BORDER);
		field.setData(AttributeForm.WIDGET_ID, widgetId);
		GridDataFactory.fillDefaults().grab(true, false).hint(width, SWT.DEFAULT).applyTo(field);
		field.addListener(SWT.Modify, e -> refresh());
		return field;
	}

	/* A date being typed filters nothing until it is complete. */
	private static LocalDate day(Text field) {
		try {
			return field.getText().isBlank() ? null : LocalDate.parse(field.getText().strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String placeOf(CoTravelAlert alert) {
		String name = alert.getPlaceName() == null ? "" : alert.getPlaceName();
		return alert.getAirportCode() == null ? name : alert.getAirportCode() + " " + name;
	}

	private java.util.Optional<CoTravelAlert> selected() {
		return java.util.Optional
				.ofNullable((CoTravelAlert) ((IStructuredSelection) table.getSelection()).getFirstElement());
	}

	private void column(String key, int width, Function<CoTravelAlert, String> value) {
		TextColumns.add(table, Messages.get(key), width, CoTravelAlert.class, value);
	}
}
