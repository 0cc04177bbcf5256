package org.crm.enlace.geo.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.geo.Boundaries;
import org.crm.enlace.geo.Gazetteer;
import org.crm.enlace.geo.Pixel;
import org.crm.enlace.geo.Place;
import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.WaypointKind;
import org.crm.enlace.geo.ui.MapColors;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints a whole map onto a GC: sea, land and borders, the capitals of the gazetteer's countries, the border crossing
 * points users added, the routes with their markers, then a legend of the waypoint kinds (bottom left) and the data's attribution (bottom right), which
 * GeoNames' CC BY licence asks for.
 */
public final class MapPainter {

	private static final int PADDING = 4;
	private static final int CAPITAL = 2;
	private static final int LABEL_OFFSET = Markers.RADIUS + 3;
	private static final int PANEL_ALPHA = 220;

	private final LandLayer land;
	private final List<Place> capitals;
	private final Markers markers = new Markers();
	private final Color sea = new Color(MapColors.SEA);
	private final Color landFill = new Color(MapColors.LAND);
	private final Color border = new Color(MapColors.BORDER);
	private final Color text = new Color(MapColors.TEXT);
	private final Color panel = new Color(MapColors.PANEL);

	public MapPainter(Boundaries boundaries, Gazetteer gazetteer) {
		this.land = new LandLayer(boundaries);
		this.capitals = gazetteer.capitals();
	}

	/** @param crossingPoints the border crossing points users added, drawn under the routes' markers */
	public void paint(GC gc, Viewport viewport, RouteLayer routes, List<Place> crossingPoints) {
		gc.setBackground(sea);
		gc.fillRectangle(0, 0, viewport.width(), viewport.height());
		gc.setBackground(landFill);
		gc.setForeground(border);
		gc.setLineWidth(1);
		land.draw(gc, viewport);
		paintCapitals(gc, viewport, routes);
		paintCrossingPoints(gc, viewport, crossingPoints);
		routes.draw(gc, viewport, markers);
		paintLegend(gc, viewport);
		paintAttribution(gc, viewport);
	}

	/*
	 * The most populous first; a label that would cover a marker or another label is left out. Labels start clear of
	 * a marker on the capital itself, which a route's waypoint often is.
	 */
	private void paintCapitals(GC gc, Viewport viewport, RouteLayer routes) {
		List<Rectangle> taken = new ArrayList<>(routes.markerBoxes(viewport));
		int height = gc.getFontMetrics().getHeight();
		gc.setBackground(text);
		gc.setForeground(text);
		for (Place capital : capitals) {
			Pixel pixel = viewport.pixel(capital.latitude(), capital.longitude());
			int x = (int) Math.round(pixel.x());
			int y = (int) Math.round(pixel.y());
			Rectangle label = new Rectangle(x + LABEL_OFFSET, y - height / 2, gc.textExtent(capital.name()).x, height);
			if (x < 0 || y < 0 || x >= viewport.width() || y >= viewport.height()
					|| taken.stream().anyMatch(label::intersects)) {
				continue;
			}
			taken.add(label);
			gc.fillRectangle(x - CAPITAL, y - CAPITAL, 2 * CAPITAL + 1, 2 * CAPITAL + 1);
			gc.drawText(capital.name(), label.x, label.y, true);
		}
	}

	private void paintCrossingPoints(GC gc, Viewport viewport, List<Place> crossingPoints) {
		for (Place point : crossingPoints) {
			Pixel pixel = viewport.pixel(point.latitude(), point.longitude());
			int x = (int) Math.round(pixel.x());
			int y = (int) Math.round(pixel.y());
			if (x >= 0 && y >= 0 && x < viewport.width() && y < viewport.height()) {
				markers.drawCrossingPoint(gc, x, y);
			}
		}
	}

	/* One line per waypoint kind, then the crossing points users added. */
	private void paintLegend(GC gc, Viewport viewport) {
		int line = Math.max(gc.getFontMetrics().getHeight(), 2 * Markers.RADIUS + 3);
		String crossingPoint = Messages.get("legend.crossingPoint");
		int width = gc.textExtent(crossingPoint).x;
		for (WaypointKind kind : WaypointKind.values()) {
			width = Math.max(width, gc.textExtent(label(kind)).x);
		}
		width += 2 * Markers.RADIUS + 4 * PADDING;
		int height = line * (WaypointKind.values().length + 1) + 2 * PADDING;
		int top = viewport.height() - height - PADDING;
		panel(gc, PADDING, top, width, height);
		int y = top + PADDING;
		for (WaypointKind kind : WaypointKind.values()) {
			markers.draw(gc, kind, 2 * PADDING + Markers.RADIUS, y + line / 2);
			gc.setForeground(text);
			gc.drawText(label(kind), 3 * PADDING + 2 * Markers.RADIUS + PADDING,
					y + (line - gc.getFontMetrics().getHeight()) / 2, true);
			y += line;
		}
		markers.drawCrossingPoint(gc, 2 * PADDING + Markers.RADIUS, y + line / 2);
		gc.setForeground(text);
		gc.drawText(crossingPoint, 3 * PADDING + 2 * Markers.RADIUS + PADDING,
				y + (line - gc.getFontMetrics().getHeight()) / 2, true);
	}

	private void paintAttribution(GC gc, Viewport viewport) {
		String attribution = Messages.get("attribution");
		Point extent = gc.textExtent(attribution);
		int x = viewport.width() - extent.x - 2 * PADDING;
		int y = viewport.height() - extent.y - 2 * PADDING;
		panel(gc, x - PADDING, y - PADDING / 2, extent.x + 2 * PADDING, extent.y + PADDING);
		gc.setForeground(text);
		gc.drawText(attribution, x, y, true);
	}

	private void panel(GC gc, int x, int y, int width, int height) {
		gc.setAlpha(PANEL_ALPHA);
		gc.setBackground(panel);
		gc.fillRectangle(x, y, width, height);
		gc.setAlpha(255);
	}

	private static String label(WaypointKind kind) {
		return Messages.get("kind." + kind.name());
	}
}
