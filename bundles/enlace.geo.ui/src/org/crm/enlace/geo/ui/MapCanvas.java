package org.crm.enlace.geo.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.crm.enlace.geo.Boundaries;
import org.crm.enlace.geo.Gazetteer;
import org.crm.enlace.geo.Place;
import org.crm.enlace.geo.Route;
import org.crm.enlace.geo.Viewport;
import org.crm.enlace.geo.ui.internal.MapPainter;
import org.crm.enlace.geo.ui.internal.Markers;
import org.crm.enlace.geo.ui.internal.Messages;
import org.crm.enlace.geo.ui.internal.RouteLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * An offline map of the Americas (the shipped Natural Earth outlines and GeoNames capitals, no tile server) with
 * routes drawn as lines and their waypoints as markers coloured and shaped by kind. Drag or the arrow keys pan; the
 * wheel (at the pointer) or + and - zoom; Home shows the Americas again; clicking a marker tells the
 * {@link WaypointListener}s the routes through it.
 * <p>
 * Double-buffered: the map is painted into an image when the viewport, the routes or the size change, and paints of
 * the widget copy that image, so exposing or covering the window costs a copy, not a redraw.
 */
public final class MapCanvas extends Canvas {

	/** How far a click may be from a marker's centre, in pixels. */
	public static final int HIT_RADIUS = Markers.RADIUS + 3;
	/* A press that moves less than this is a click, not a drag. */
	private static final int DRAG_THRESHOLD = 3;
	private static final double WHEEL_ZOOM = 0.5;
	private static final int KEY_PAN_FRACTION = 8;

	private final MapPainter painter;
	private final List<WaypointListener> listeners = new CopyOnWriteArrayList<>();
	private Viewport viewport;
	/* Until the map is first given a size, or a viewport, it opens on the Americas at whatever size it gets. */
	private boolean viewportChosen;
	private RouteLayer routes = RouteLayer.EMPTY;
	private List<Place> crossingPoints = List.of();
	private Image buffer;
	private boolean bufferStale = true;
	private Event press;
	private Viewport pressViewport;
	private boolean dragging;

	public MapCanvas(Composite parent, int style) {
		super(parent, style | SWT.NO_BACKGROUND);
		painter = new MapPainter(Boundaries.shipped(), Gazetteer.shipped());
		Rectangle area = getClientArea();
		viewport = Viewport.americas(area.width, area.height);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, event -> resized());
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.KeyDown, this::key);
		addListener(SWT.Traverse, this::traverse);
		addListener(SWT.FocusIn, event -> redraw());
		addListener(SWT.FocusOut, event -> redraw());
		addListener(SWT.Dispose, event -> disposeBuffer());
		getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = Messages.get("accessible.name");
			}

			@Override
			public void getDescription(AccessibleEvent e) {
				e.result = Messages.get("accessible.description");
			}
		});
	}

	/** The routes to draw, replacing those drawn before; the listener gets these same objects back. */
	public void setRoutes(List<? extends Route> newRoutes) {
		checkWidget();
		routes = new RouteLayer(newRoutes);
		invalidate();
	}

	public List<Route> getRoutes() {
		checkWidget();
		return routes.routes();
	}

	/** The border crossing points users added, drawn as triangles whether or not a route passes them. */
	public void setCrossingPoints(List<Place> points) {
		checkWidget();
		crossingPoints = List.copyOf(points);
		invalidate();
	}

	public List<Place> getCrossingPoints() {
		checkWidget();
		return crossingPoints;
	}

	public Viewport getViewport() {
		checkWidget();
		return viewport;
	}

	/** Shows the viewport's centre and zoom (its size is the widget's). */
	public void setViewport(Viewport newViewport) {
		checkWidget();
		Rectangle area = getClientArea();
		viewport = newViewport.resized(area.width, area.height);
		viewportChosen = true;
		invalidate();
	}

	/** Back to North and Central America, the Caribbean and the north of South America. */
	public void showAmericas() {
		Rectangle area = getClientArea();
		setViewport(Viewport.americas(area.width, area.height));
	}

	/** What a click at the pixel would select: the waypoint nearest to it within {@link #HIT_RADIUS}, if any. */
	public Optional<WaypointSelection> waypointAt(int x, int y) {
		checkWidget();
		return routes.hit(viewport, x, y, HIT_RADIUS);
	}

	public void addWaypointListener(WaypointListener listener) {
		listeners.add(listener);
	}

	public void removeWaypointListener(WaypointListener listener) {
		listeners.remove(listener);
	}

	private void invalidate() {
		bufferStale = true;
		redraw();
	}

	private void resized() {
		Rectangle area = getClientArea();
		viewport = viewportChosen ? viewport.resized(area.width, area.height)
				: Viewport.americas(area.width, area.height);
		viewportChosen |= area.width > 0 && area.height > 0;
		disposeBuffer();
		invalidate();
	}

	private void paint(Event event) {
		Rectangle area = getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		if (buffer == null) {
			buffer = new Image(getDisplay(), area.width, area.height);
			bufferStale = true;
		}
		if (bufferStale) {
			GC gc = new GC(buffer);
			try {
				gc.setFont(getFont());
				painter.paint(gc, viewport, routes, crossingPoints);
			} finally {
				gc.dispose();
			}
			bufferStale = false;
		}
		event.gc.drawImage(buffer, 0, 0);
		if (isFocusControl()) {
			event.gc.drawFocus(1, 1, area.width - 2, area.height - 2);
		}
	}

	private void disposeBuffer() {
		if (buffer != null) {
			buffer.dispose();
			buffer = null;
		}
	}

	private void mouseDown(Event event) {
		if (event.button != 1) {
			return;
		}
		setFocus();
		press = event;
		pressViewport = viewport;
		dragging = false;
	}

	/* Between the press and the release of the first button: the press is what says the button is down. */
	private void mouseMove(Event event) {
		if (press == null) {
			return;
		}
		int dx = event.x - press.x;
		int dy = event.y - press.y;
		dragging |= Math.abs(dx) > DRAG_THRESHOLD || Math.abs(dy) > DRAG_THRESHOLD;
		if (dragging) {
			viewport = pressViewport.panBy(dx, dy);
			invalidate();
		}
	}

	private void mouseUp(Event event) {
		if (event.button != 1 || press == null) {
			return;
		}
		boolean click = !dragging;
		press = null;
		dragging = false;
		if (click) {
			waypointAt(event.x, event.y).ifPresent(selection -> listeners.forEach(l -> l.waypointSelected(selection)));
		}
	}

	private void wheel(Event event) {
		if (event.count != 0) {
			viewport = viewport.zoomedBy(Math.signum(event.count) * WHEEL_ZOOM, event.x, event.y);
			invalidate();
		}
	}

	private void key(Event event) {
		int stepX = Math.max(1, viewport.width() / KEY_PAN_FRACTION);
		int stepY = Math.max(1, viewport.height() / KEY_PAN_FRACTION);
		Viewport moved = switch (event.keyCode) {
		case SWT.ARROW_LEFT -> viewport.panBy(stepX, 0);
		case SWT.ARROW_RIGHT -> viewport.panBy(-stepX, 0);
		case SWT.ARROW_UP -> viewport.panBy(0, stepY);
		case SWT.ARROW_DOWN -> viewport.panBy(0, -stepY);
		case SWT.KEYPAD_ADD -> zoomAtCentre(1);
		case SWT.KEYPAD_SUBTRACT -> zoomAtCentre(-1);
		case SWT.HOME -> Viewport.americas(viewport.width(), viewport.height());
		default -> switch (event.character) {
		case '+', '=' -> zoomAtCentre(1);
		case '-' -> zoomAtCentre(-1);
		default -> null;
		};
		};
		if (moved != null) {
			viewport = moved;
			invalidate();
		}
	}

	private Viewport zoomAtCentre(double levels) {
		return viewport.zoomedBy(levels, viewport.width() / 2.0, viewport.height() / 2.0);
	}

	/* The arrow keys move the map instead of the focus. */
	private void traverse(Event event) {
		if (event.detail == SWT.TRAVERSE_ARROW_NEXT || event.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
			event.doit = false;
		}
	}
}
