package org.crm.enlace.intel.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.ui.MapCanvas;
import org.crm.enlace.geo.ui.WaypointSelection;
import org.crm.enlace.intel.PlaceLookup;
import org.crm.enlace.intel.ReportRoute;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.ui.internal.Messages;
import org.crm.enlace.intel.ui.internal.Widgets;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The offline map with the routes of some reports and the border crossing points users added, and under it the
 * reports through the waypoint last clicked (double-click one to open it).
 */
public final class RouteMapView {

	private final MapCanvas map;
	private final Label through;
	private final org.eclipse.swt.widgets.List reportsThrough;
	private final List<SmugglingReport> listed = new ArrayList<>();

	public RouteMapView(Composite parent, Consumer<SmugglingReport> open) {
		Composite view = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(view);
		map = new MapCanvas(view, SWT.BORDER);
		map.setData(Widgets.WIDGET_ID, "intel.map");
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(map);
		through = new Label(view, SWT.WRAP);
		through.setText(Messages.get("map.hint"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(through);
		reportsThrough = new org.eclipse.swt.widgets.List(view, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		reportsThrough.setData(Widgets.WIDGET_ID, "intel.map.through");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(reportsThrough);
		reportsThrough.addListener(SWT.DefaultSelection, e -> {
			int index = reportsThrough.getSelectionIndex();
			if (index >= 0) {
				open.accept(listed.get(index));
			}
		});
		map.addWaypointListener(this::list);
	}

	public MapCanvas map() {
		return map;
	}

	public void show(List<SmugglingReport> reports) {
		map.setRoutes(ReportRoute.of(reports));
	}

	/** The border crossing points users added, as triangles on the map. */
	public void showCrossings(List<BorderCrossing> crossings) {
		map.setCrossingPoints(crossings.stream().map(PlaceLookup::place).toList());
	}

	/**
	 * Gives the map a context menu (right button, or the menu key) with "Add a border crossing here", which hands
	 * the latitude and longitude under the pointer to {@code addHere}. For users who keep crossings only.
	 */
	public void offerAddCrossing(CrossingPointHandler addHere) {
		double[] point = new double[2];
		Menu menu = new Menu(map);
		MenuItem add = new MenuItem(menu, SWT.PUSH);
		add.setText(Messages.get("map.addCrossing"));
		add.setData(Widgets.WIDGET_ID, "intel.map.addCrossing");
		add.addListener(SWT.Selection, e -> addHere.add(point[0], point[1]));
		map.addListener(SWT.MenuDetect, e -> {
			Point at = map.toControl(e.x, e.y);
			Viewport viewport = map.getViewport();
			point[0] = roundedDegrees(viewport.latitudeAt(at.y));
			point[1] = roundedDegrees(viewport.longitudeAt(at.x));
		});
		map.setMenu(menu);
		through.setText(Messages.get("map.hint") + " " + Messages.get("map.addCrossing.hint"));
	}

	/* Five decimals, about a metre: a pixel is coarser than that at any zoom, more digits would only be noise. */
	private static double roundedDegrees(double degrees) {
		return Math.round(degrees * 100_000) / 100_000.0;
	}

	/** Takes the point where the user asked for a new border crossing. */
	@FunctionalInterface
	public interface CrossingPointHandler {
		void add(double latitude, double longitude);
	}

	/** The reports whose route passes through the clicked waypoint, in the order the map gives them. */
	void list(WaypointSelection selection) {
		listed.clear();
		selection.routes().stream().map(r -> ((ReportRoute) r).report()).distinct().forEach(listed::add);
		through.setText(Messages.format("map.through", selection.place(), selection.country(), listed.size()));
		reportsThrough.removeAll();
		listed.forEach(r -> reportsThrough.add(ReportText.title(r)));
		through.getParent().layout();
	}

	/** What the list under the map shows, for tests. */
	public List<SmugglingReport> listed() {
		return List.copyOf(listed);
	}
}
