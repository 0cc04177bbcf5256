package org.crm.enlace.geo.ui;

import org.crm.enlace.geo.WaypointKind;
import org.eclipse.swt.graphics.RGB;

/**
 * The map's colours. Waypoint kinds also differ by shape (circle, small circle, diamond, square), so the map reads
 * without telling green from red.
 */
public final class MapColors {

	public static final RGB SEA = new RGB(170, 211, 223);
	public static final RGB LAND = new RGB(242, 239, 233);
	public static final RGB BORDER = new RGB(140, 130, 120);
	public static final RGB ROUTE = new RGB(106, 27, 154);
	public static final RGB MARKER_OUTLINE = new RGB(33, 33, 33);
	public static final RGB TEXT = new RGB(50, 50, 50);
	public static final RGB PANEL = new RGB(255, 255, 255);
	/** A border crossing point users added (a triangle): teal, a colour no waypoint kind has. */
	public static final RGB CROSSING_POINT = new RGB(0, 137, 123);

	private MapColors() {
	}

	public static RGB of(WaypointKind kind) {
		return switch (kind) {
		case ORIGIN -> new RGB(46, 125, 50);
		case TRANSIT -> new RGB(21, 101, 192);
		case BORDER_CROSSING -> new RGB(239, 108, 0);
		case DESTINATION -> new RGB(198, 40, 40);
		};
	}
}
