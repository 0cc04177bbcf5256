package org.crm.enlace.intel.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crm.enlace.geo.Gazetteer;
import org.crm.enlace.geo.Place;
import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.ui.MapCanvas;
import org.crm.enlace.intel.PlaceLookup;
import org.crm.enlace.intel.ReportRoute;
import org.crm.enlace.intel.RouteSteps;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.intel.Vocabularies;
import org.crm.enlace.intel.model.IntelPackage.Literals;
import org.crm.enlace.intel.model.RouteStep;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.model.StepKind;
import org.crm.enlace.intel.model.VocabularyTerm;
import org.crm.enlace.intel.ui.internal.Messages;
import org.crm.enlace.intel.ui.internal.Widgets;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The report's route: a table of its waypoints in travel order, a place lookup (users' border crossings and the
 * shipped gazetteer), the kind
 * and the transport to the next waypoint, and a map of the route where a double-click adds the nearest gazetteer
 * place as a waypoint. Every change is an undoable command.
 */
final class RouteSection {

	private static final int LOOKUP_LIMIT = 20;

	private final EditingDomain domain;
	private final SmugglingReport report;
	private final List<VocabularyTerm> transports;
	private final PlaceLookup lookupPlaces;
	private final Table table;
	private final Text lookup;
	private final Combo places;
	private final Combo kind;
	private final Combo transport;
	private final MapCanvas map;
	private List<Place> found = List.of();

	RouteSection(Composite parent, EditingDomain domain, SmugglingReport report, Terms terms, PlaceLookup placeLookup) {
		this.domain = domain;
		this.lookupPlaces = placeLookup;
		this.report = report;
		this.transports = terms.of(Vocabularies.TRANSPORT);
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.get("editor.route"));
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);

		table = new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.setData(Widgets.WIDGET_ID, "intel.editor.route");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 150).applyTo(table);
		for (String key : List.of("route.number", "route.place", "route.country", "route.latitude", "route.longitude",
				"route.kind", "route.transport")) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(Messages.get(key));
			column.setWidth(key.equals("route.place") ? 170 : 90);
		}
		map = new MapCanvas(group, SWT.BORDER);
		map.setData(Widgets.WIDGET_ID, "intel.editor.map");
		map.setToolTipText(Messages.get("route.map.hint"));
		GridDataFactory.fillDefaults().hint(360, 240).span(1, 2).applyTo(map);
		map.addListener(SWT.MouseDoubleClick, e -> addNearest(e.x, e.y));

		Composite controls = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(controls);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(controls);
		new Label(controls, SWT.NONE).setText(Messages.get("route.lookup"));
		lookup = new Text(controls, SWT.BORDER | SWT.SEARCH);
		lookup.setData(Widgets.WIDGET_ID, "intel.editor.lookup");
		lookup.setMessage(Messages.get("route.lookup.hint"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(lookup);
		places = new Combo(controls, SWT.READ_ONLY);
		places.setData(Widgets.WIDGET_ID, "intel.editor.places");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(places);
		lookup.addListener(SWT.Modify, e -> lookUp());
		new Label(controls, SWT.NONE).setText(Messages.get("route.kind"));
		kind = new Combo(controls, SWT.READ_ONLY);
		kind.setData(Widgets.WIDGET_ID, "intel.editor.kind");
		StepKind.VALUES.forEach(k -> kind.add(Messages.get("kind." + k.getName())));
		kind.select(StepKind.TRANSIT.getValue());
		new Label(controls, SWT.NONE).setText(Messages.get("route.transport"));
		transport = new Combo(controls, SWT.READ_ONLY);
		transport.setData(Widgets.WIDGET_ID, "intel.editor.transport");
		transport.add("—");
		transports.forEach(t -> transport.add(Terms.label(t, Locale.getDefault())));
		transport.select(0);
		transport.addListener(SWT.Selection, e -> setTransportOfSelected());

		Composite buttons = new Composite(controls, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(buttons);
		Widgets.button(buttons, "route.add", "intel.editor.addWaypoint", this::addLookedUp);
		Widgets.button(buttons, "route.remove", "intel.editor.removeWaypoint", () -> selectedStep().ifPresent(
				s -> domain.getCommandStack().execute(RemoveCommand.create(domain, s))));
		Widgets.button(buttons, "route.up", "intel.editor.up", () -> move(-1));
		Widgets.button(buttons, "route.down", "intel.editor.down", () -> move(1));
		showModel();
		map.setViewport(Viewport.centeredOn(15, -88, 4, 360, 240));
	}

	void showModel() {
		int selected = table.getSelectionIndex();
		table.removeAll();
		List<RouteStep> route = report.getRoute();
		for (int i = 0; i < route.size(); i++) {
			RouteStep step = route.get(i);
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Integer.toString(i + 1), text(step.getPlace()), text(step.getCountry()),
					Messages.format("route.degrees", step.getLatitude()),
					Messages.format("route.degrees", step.getLongitude()),
					step.getKind() == null ? "" : Messages.get("kind." + step.getKind().getName()),
					transportLabel(step.getTransportToNext()) });
		}
		if (selected >= 0 && selected < route.size()) {
			table.setSelection(selected);
		}
		map.setRoutes(List.of(new ReportRoute(report)));
	}

	private void lookUp() {
		String prefix = lookup.getText().strip();
		found = prefix.length() < 2 ? List.of() : lookupPlaces.find(prefix, LOOKUP_LIMIT);
		places.removeAll();
		found.forEach(p -> places.add(PlaceLookup.BORDER_CROSSING.equals(p.featureCode())
				? Messages.format("route.crossingLine", p.name(), p.country())
				: Messages.format("route.placeLine", p.name(), p.country(), p.admin1())));
		if (!found.isEmpty()) {
			places.select(0);
		}
	}

	private void addLookedUp() {
		int index = places.getSelectionIndex();
		if (index >= 0 && index < found.size()) {
			add(found.get(index));
		}
	}

	/** A double-click on the map adds the gazetteer place nearest to where it was. */
	private void addNearest(int x, int y) {
		Viewport viewport = map.getViewport();
		Gazetteer.shipped().nearest(viewport.latitudeAt(y), viewport.longitudeAt(x)).ifPresent(this::add);
	}

	private void add(Place place) {
		RouteStep step = RouteSteps.at(place, StepKind.get(Math.max(0, kind.getSelectionIndex())));
		domain.getCommandStack().execute(AddCommand.create(domain, report, Literals.SMUGGLING_REPORT__ROUTE, step));
		table.setSelection(report.getRoute().size() - 1);
	}

	private void setTransportOfSelected() {
		int index = transport.getSelectionIndex();
		String code = index <= 0 ? "" : transports.get(index - 1).getCode();
		selectedStep().ifPresent(s -> domain.getCommandStack()
				.execute(SetCommand.create(domain, s, Literals.ROUTE_STEP__TRANSPORT_TO_NEXT, code)));
	}

	private void move(int by) {
		int index = table.getSelectionIndex();
		int target = index + by;
		if (index >= 0 && target >= 0 && target < report.getRoute().size()) {
			domain.getCommandStack().execute(MoveCommand.create(domain, report, Literals.SMUGGLING_REPORT__ROUTE,
					report.getRoute().get(index), target));
			table.setSelection(target);
		}
	}

	private Optional<RouteStep> selectedStep() {
		int index = table.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(report.getRoute().get(index));
	}

	private String transportLabel(String code) {
		return transports.stream().filter(t -> t.getCode().equals(code)).findFirst()
				.map(t -> Terms.label(t, Locale.getDefault())).orElse(text(code));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
