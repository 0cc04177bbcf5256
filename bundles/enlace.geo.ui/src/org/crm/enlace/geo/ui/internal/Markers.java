package org.crm.enlace.geo.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.crm.enlace.geo.WaypointKind;
import org.crm.enlace.geo.ui.MapColors;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/**
 * A waypoint's marker: a colour and a shape per kind (origin a circle, transit a small circle, border crossing a
 * diamond, destination a square; a crossing point users added a triangle), outlined, centred on its pixel. The same
 * on the map and in the legend.
 */
public final class Markers {

	/** Half the size of the largest marker, in pixels. */
	public static final int RADIUS = 6;

	private final Map<WaypointKind, Color> fills = new EnumMap<>(WaypointKind.class);
	private final Color outline = new Color(MapColors.MARKER_OUTLINE);
	private final Color crossingPoint = new Color(MapColors.CROSSING_POINT);

	public Markers() {
		for (WaypointKind kind : WaypointKind.values()) {
			fills.put(kind, new Color(MapColors.of(kind)));
		}
	}

	public void draw(GC gc, WaypointKind kind, int x, int y) {
		gc.setBackground(fills.get(kind));
		gc.setForeground(outline);
		switch (kind) {
		case ORIGIN -> oval(gc, x, y, RADIUS);
		case TRANSIT -> oval(gc, x, y, RADIUS - 2);
		case BORDER_CROSSING -> {
			int r = RADIUS + 1;
			int[] diamond = { x, y - r, x + r, y, x, y + r, x - r, y };
			gc.fillPolygon(diamond);
			gc.drawPolygon(diamond);
		}
		case DESTINATION -> {
			int r = RADIUS - 1;
			gc.fillRectangle(x - r, y - r, 2 * r + 1, 2 * r + 1);
			gc.drawRectangle(x - r, y - r, 2 * r, 2 * r);
		}
		}
	}

	/** A border crossing point users added, whether or not a route passes it: a triangle pointing up. */
	public void drawCrossingPoint(GC gc, int x, int y) {
		gc.setBackground(crossingPoint);
		gc.setForeground(outline);
		int r = RADIUS;
		int[] triangle = { x, y - r, x + r, y + r - 1, x - r, y + r - 1 };
		gc.fillPolygon(triangle);
		gc.drawPolygon(triangle);
	}

	private static void oval(GC gc, int x, int y, int r) {
		gc.fillOval(x - r, y - r, 2 * r + 1, 2 * r + 1);
		gc.drawOval(x - r, y - r, 2 * r, 2 * r);
	}
}
