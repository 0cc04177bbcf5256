package org.crm.enlace.geo.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.geo.Route;
import org.crm.enlace.geo.RouteValidator;
import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.Waypoint;
import org.crm.enlace.geo.WaypointKind;
import org.crm.enlace.geo.WebMercator;
import org.crm.enlace.geo.ui.MapColors;
import org.crm.enlace.geo.ui.WaypointSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The routes: each as a line through its waypoints, and one marker per place waypoints share (coordinates equal to
 * 1e-5 degrees), whatever the number of routes through it. Waypoints whose coordinates are out of range are left
 * out of the drawing ({@link RouteValidator} reports them). Projected once when the routes are set.
 */
public final class RouteLayer {

	public static final RouteLayer EMPTY = new RouteLayer(List.of());

	/** Drawn last, so on top: the kinds a reader looks for first. */
	private static final List<WaypointKind> DRAW_ORDER = List.of(WaypointKind.TRANSIT, WaypointKind.DESTINATION,
			WaypointKind.ORIGIN, WaypointKind.BORDER_CROSSING);
	private static final int LINE_ALPHA = 150;
	/* Up to this many routes, lines and markers are antialiased; beyond, speed matters more than smooth edges. */
	private static final int SMOOTH_LIMIT = 200;

	/** A place where waypoints are, in world units, with every route through it. */
	private static final class Location {
		final Waypoint first;
		final double x;
		final double y;
		final EnumSet<WaypointKind> kinds = EnumSet.noneOf(WaypointKind.class);
		final List<Route> routes = new ArrayList<>();

		Location(Waypoint first) {
			this.first = first;
			x = WebMercator.x(first.longitude());
			y = WebMercator.y(first.latitude());
		}

		WaypointSelection selection() {
			return new WaypointSelection(first.latitude(), first.longitude(), first.place(), first.country(), kinds,
					routes);
		}

		/** The kind that decides its colour and shape: the one latest in the draw order. */
		WaypointKind shownKind() {
			return kinds.stream().max(Comparator.comparingInt(DRAW_ORDER::indexOf)).orElseThrow();
		}
	}

	private record RoutePath(double[] xy, double minX, double minY, double maxX, double maxY) {
	}

	private record Key(long latitude, long longitude) {
		static Key of(Waypoint waypoint) {
			return new Key(Math.round(waypoint.latitude() * 1e5), Math.round(waypoint.longitude() * 1e5));
		}
	}

	private final Color line = new Color(MapColors.ROUTE);
	private final List<Route> routes;
	private final List<RoutePath> paths = new ArrayList<>();
	private final List<Location> locations;

	public RouteLayer(List<? extends Route> routes) {
		this.routes = List.copyOf(routes);
		Map<Key, Location> byPlace = new LinkedHashMap<>();
		for (Route route : this.routes) {
			List<double[]> points = new ArrayList<>();
			for (Waypoint waypoint : route.waypoints()) {
				if (waypoint.kind() == null
						|| !RouteValidator.coordinates("", waypoint.latitude(), waypoint.longitude()).isEmpty()) {
					continue;
				}
				Location location = byPlace.computeIfAbsent(Key.of(waypoint), key -> new Location(waypoint));
				location.kinds.add(waypoint.kind());
				if (location.routes.stream().noneMatch(known -> known == route)) {
					location.routes.add(route);
				}
				points.add(new double[] { location.x, location.y });
			}
			if (points.size() >= 2) {
				paths.add(path(points));
			}
		}
		List<Location> ordered = new ArrayList<>(byPlace.values());
		ordered.sort(Comparator.comparingInt(location -> DRAW_ORDER.indexOf(location.shownKind())));
		this.locations = List.copyOf(ordered);
	}

	private static RoutePath path(List<double[]> points) {
		double[] xy = new double[points.size() * 2];
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < points.size(); i++) {
			double[] point = points.get(i);
			xy[2 * i] = point[0];
			xy[2 * i + 1] = point[1];
			minX = Math.min(minX, point[0]);
			maxX = Math.max(maxX, point[0]);
			minY = Math.min(minY, point[1]);
			maxY = Math.max(maxY, point[1]);
		}
		return new RoutePath(xy, minX, minY, maxX, maxY);
	}

	public List<Route> routes() {
		return routes;
	}

	/**
	 * The lines as one path, stroked once, then the markers. One stroke instead of one per route, and no
	 * antialiasing once there are many routes: on X11, 1,000 strokes cost about 20 times one ("Offline map" in
	 * docs/benchmarks.md).
	 */
	public void draw(GC gc, Viewport viewport, Markers markers) {
		double left = viewport.worldX(0);
		double right = viewport.worldX(viewport.width());
		double top = viewport.worldY(0);
		double bottom = viewport.worldY(viewport.height());
		gc.setAntialias(routes.size() <= SMOOTH_LIMIT ? SWT.ON : SWT.OFF);
		Path lines = new Path(gc.getDevice());
		try {
			for (RoutePath path : paths) {
				if (path.maxX() < left || path.minX() > right || path.maxY() < top || path.minY() > bottom) {
					continue;
				}
				double[] xy = path.xy();
				lines.moveTo((float) viewport.pixelX(xy[0]), (float) viewport.pixelY(xy[1]));
				for (int i = 2; i < xy.length; i += 2) {
					lines.lineTo((float) viewport.pixelX(xy[i]), (float) viewport.pixelY(xy[i + 1]));
				}
			}
			gc.setForeground(line);
			gc.setLineWidth(2);
			gc.setAlpha(LINE_ALPHA);
			gc.drawPath(lines);
		} finally {
			lines.dispose();
		}
		gc.setAlpha(255);
		gc.setLineWidth(1);
		int margin = Markers.RADIUS * 2;
		for (Location location : locations) {
			int x = (int) Math.round(viewport.pixelX(location.x));
			int y = (int) Math.round(viewport.pixelY(location.y));
			if (x >= -margin && y >= -margin && x <= viewport.width() + margin && y <= viewport.height() + margin) {
				markers.draw(gc, location.shownKind(), x, y);
			}
		}
		gc.setAntialias(SWT.DEFAULT);
	}

	/** The squares the markers in view cover, in pixels (for labels to stay clear of them). */
	public List<Rectangle> markerBoxes(Viewport viewport) {
		List<Rectangle> boxes = new ArrayList<>();
		int size = 2 * Markers.RADIUS + 3;
		for (Location location : locations) {
			int x = (int) Math.round(viewport.pixelX(location.x));
			int y = (int) Math.round(viewport.pixelY(location.y));
			if (x >= -size && y >= -size && x <= viewport.width() + size && y <= viewport.height() + size) {
				boxes.add(new Rectangle(x - size / 2, y - size / 2, size, size));
			}
		}
		return boxes;
	}

	/**
	 * The waypoint whose marker is nearest to the pixel, within {@code radius} pixels (the top-most on a tie), with
	 * every route through its place.
	 */
	public Optional<WaypointSelection> hit(Viewport viewport, int pixelX, int pixelY, int radius) {
		Location best = null;
		double bestDistance = radius;
		for (int i = locations.size() - 1; i >= 0; i--) {
			Location location = locations.get(i);
			double distance = Math.hypot(viewport.pixelX(location.x) - pixelX, viewport.pixelY(location.y) - pixelY);
			if (distance <= bestDistance && (best == null || distance < bestDistance)) {
				best = location;
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best).map(Location::selection);
	}
}
