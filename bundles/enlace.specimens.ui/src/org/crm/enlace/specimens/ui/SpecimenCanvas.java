package org.crm.enlace.specimens.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.ui.ViewTransform.Box;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * One page image with its numbered callouts drawn over the pixels they name, at any zoom. The wheel zooms about the
 * pointer; + and - zoom about the centre, 0 fits the page, 1 shows image pixels at screen pixels; dragging or the arrow
 * keys pan; a click on a callout selects it. The selected callout has a thicker, dashed frame with corner tabs, so it
 * stands out without relying on colour. Only the image shown is held, as one SWT image, disposed when another comes.
 */
public final class SpecimenCanvas extends Canvas {

	/** The frames' colour: magenta is rare on documents, and a white halo keeps it visible on dark ones. */
	public static final RGB FRAME = new RGB(214, 0, 122);
	public static final int FRAME_WIDTH = 2;
	public static final int SELECTED_WIDTH = 4;
	private static final int PAN_STEP = 48;
	private static final double ZOOM_STEP = 1.25;
	/** Pointer travel under which a press and release is a click, not a drag. */
	private static final int CLICK_SLOP = 3;

	private final ViewTransform transform = new ViewTransform();
	private final List<Consumer<Callout>> selectionListeners = new ArrayList<>();
	private final List<Consumer<Box>> drawnListeners = new ArrayList<>();
	private final List<BiConsumer<Callout, Box>> reshapedListeners = new ArrayList<>();
	/** In drawing mode, what a drag that started on the selected box does to it: move it or drag one corner. */
	private Grip grip;

	private enum Grip {
		MOVE, TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT
	}
	/** Whether a drag draws a box (an editor's "Draw feature") instead of panning. */
	private boolean drawing;
	private Image image;
	private List<Callout> callouts = List.of();
	private Callout selected;
	private String imageName = "";
	private Point pressedAt;
	private Point draggedTo;
	private boolean dragged;
	/** Whether the image was fitted to a canvas of its real size, not to one not laid out yet. */
	private boolean laidOut;

	public SpecimenCanvas(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		transform.addListener(this::redraw);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, e -> resized());
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.KeyDown, this::key);
		addListener(SWT.Traverse, this::traverse);
		addListener(SWT.FocusIn, e -> redraw());
		addListener(SWT.FocusOut, e -> redraw());
		addListener(SWT.Dispose, e -> disposeImage());
		getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = Messages.format("viewer.canvas.name", imageName, callouts.size());
			}

			@Override
			public void getDescription(AccessibleEvent e) {
				e.result = selected == null ? Messages.format("viewer.canvas.description")
						: Messages.format("viewer.canvas.selected", selected.getNumber());
			}
		});
	}

	/**
	 * Shows these pixels (the previous image is disposed) with these callouts, fitted to the canvas. {@code name}
	 * is what a screen reader says of the image, e.g. "Page 2, visible light".
	 */
	public void show(ImageData pixels, List<Callout> newCallouts, String name) {
		checkWidget();
		disposeImage();
		image = pixels == null ? null : new Image(getDisplay(), pixels);
		callouts = List.copyOf(newCallouts);
		selected = selected != null && callouts.contains(selected) ? selected : null;
		imageName = name;
		Rectangle area = getClientArea();
		laidOut = area.width > 1 && area.height > 1;
		transform.setViewSize(area.width, area.height);
		transform.setImageSize(pixels == null ? 1 : pixels.width, pixels == null ? 1 : pixels.height);
		redraw();
	}

	/** Other callouts on the same image (after an edit), without reading the pixels again. */
	public void setCallouts(List<Callout> newCallouts) {
		checkWidget();
		callouts = List.copyOf(newCallouts);
		selected = selected != null && callouts.contains(selected) ? selected : null;
		redraw();
	}

	/** Nothing shown, and the image's memory given back. */
	public void clear() {
		show(null, List.of(), "");
	}

	/** The geometry: zoom and pan programmatically, or share {@link ViewTransform#state()} with another canvas. */
	public ViewTransform transform() {
		return transform;
	}

	public List<Callout> callouts() {
		return callouts;
	}

	public Optional<Callout> selection() {
		return Optional.ofNullable(selected);
	}

	/** Highlights the callout (one of those shown, or null for none) without telling the selection listeners. */
	public void select(Callout callout) {
		checkWidget();
		selected = callout != null && callouts.contains(callout) ? callout : null;
		redraw();
	}

	/** Selects the callout and brings it to the middle of the canvas, zooming out if it does not fit. */
	public void reveal(Callout callout) {
		select(callout);
		if (selected != null) {
			transform.centreOn(imageBox(callout));
		}
	}

	/** Hears of callouts selected by a click (with null when a click selects none). */
	public void addSelectionListener(Consumer<Callout> listener) {
		selectionListeners.add(listener);
	}

	/**
	 * In drawing mode a drag draws a rubber-band box, and on release the drawn listeners get it in image pixels
	 * ({@link ViewTransform#toImage(double, double, double, double)} of the pressed and released points); a drag
	 * from inside the selected box moves it and one from a corner tab resizes it (the reshaped listeners hear of
	 * it); a click still selects. Out of it, a drag pans.
	 */
	public void setDrawing(boolean on) {
		checkWidget();
		drawing = on;
		pressedAt = null;
		setCursor(on ? getDisplay().getSystemCursor(SWT.CURSOR_CROSS) : null);
		redraw();
	}

	public boolean isDrawing() {
		return drawing;
	}

	/** Hears of boxes drawn in drawing mode, in image pixels (not clipped to the image). */
	public void addDrawnListener(Consumer<Box> listener) {
		drawnListeners.add(listener);
	}

	/**
	 * Hears of the selected box moved (dragged from inside) or resized (dragged by a corner tab) in drawing mode:
	 * the callout and its new box in image pixels (not clipped to the image).
	 */
	public void addReshapedListener(BiConsumer<Callout, Box> listener) {
		reshapedListeners.add(listener);
	}

	/** Where the callout is drawn on the canvas now. */
	public Box viewBox(Callout callout) {
		return transform.toView(imageBox(callout));
	}

	/** The callout a click at this canvas point selects: the smallest frame holding it, so nested ones stay reachable. */
	public Optional<Callout> calloutAt(int x, int y) {
		return callouts.stream().filter(c -> viewBox(c).contains(x, y))
				.min(Comparator.comparingLong(c -> (long) c.getWidth() * c.getHeight()));
	}

	/** What the SWT image of the page takes in memory (four bytes a pixel as GTK holds it), 0 without one. */
	public long imageBytes() {
		if (image == null || image.isDisposed()) {
			return 0;
		}
		Rectangle bounds = image.getBounds();
		return 4L * bounds.width * bounds.height;
	}

	public boolean hasImage() {
		return image != null && !image.isDisposed();
	}

	public static Box imageBox(Callout callout) {
		return new Box(callout.getX(), callout.getY(), callout.getWidth(), callout.getHeight());
	}

	/* The image point at the centre stays there; an image shown before the canvas had a size is fitted now. */
	private void resized() {
		Rectangle area = getClientArea();
		transform.setViewSize(area.width, area.height);
		if (!laidOut && area.width > 1 && area.height > 1) {
			laidOut = true;
			transform.fit();
		}
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.fillRectangle(area);
		if (!hasImage()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.drawText(Messages.format("viewer.canvas.empty"), 12, 12, true);
			return;
		}
		drawVisiblePart(gc, area);
		gc.setAntialias(SWT.OFF);
		Color frame = new Color(FRAME);
		try {
			for (Callout callout : callouts) {
				if (callout != selected) {
					drawCallout(gc, callout, frame, false);
				}
			}
			if (selected != null) {
				drawCallout(gc, selected, frame, true); // last, so no other frame hides it
			}
		} finally {
			frame.dispose();
		}
		if (drawing && dragged && pressedAt != null) {
			drawRubberBand(gc);
		}
		if (isFocusControl()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineWidth(1);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.drawRectangle(0, 0, area.width - 1, area.height - 1);
		}
	}

	/* Only the image pixels the canvas shows are scaled, so a 3000-pixel page zoomed in costs what the view does. */
	private void drawVisiblePart(GC gc, Rectangle area) {
		Rectangle bounds = image.getBounds();
		double[] topLeft = transform.toImage(0, 0);
		double[] bottomRight = transform.toImage(area.width, area.height);
		int x0 = Math.max(0, (int) Math.floor(topLeft[0]));
		int y0 = Math.max(0, (int) Math.floor(topLeft[1]));
		int x1 = Math.min(bounds.width, (int) Math.ceil(bottomRight[0]));
		int y1 = Math.min(bounds.height, (int) Math.ceil(bottomRight[1]));
		if (x1 <= x0 || y1 <= y0) {
			return;
		}
		Box target = transform.toView(new Box(x0, y0, x1 - x0, y1 - y0));
		gc.setInterpolation(transform.scale() >= 1 ? SWT.NONE : SWT.LOW);
		gc.drawImage(image, x0, y0, x1 - x0, y1 - y0, target.x(), target.y(), target.width(), target.height());
	}

	/* The box being drawn: white under a dashed dark line, readable on light and dark pages alike. */
	private void drawRubberBand(GC gc) {
		Box band = grip == null
				? new Box(Math.min(pressedAt.x, draggedTo.x), Math.min(pressedAt.y, draggedTo.y),
						Math.abs(draggedTo.x - pressedAt.x), Math.abs(draggedTo.y - pressedAt.y))
				: transform.toView(reshaped());
		int x = band.x();
		int y = band.y();
		int width = band.width();
		int height = band.height();
		gc.setLineWidth(3);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.drawRectangle(x, y, width, height);
		gc.setLineWidth(1);
		gc.setLineDash(new int[] { 6, 4 });
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawRectangle(x, y, width, height);
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private void drawCallout(GC gc, Callout callout, Color frame, boolean isSelected) {
		Box box = viewBox(callout);
		int width = isSelected ? SELECTED_WIDTH : FRAME_WIDTH;
		Color white = getDisplay().getSystemColor(SWT.COLOR_WHITE);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(width + 2);
		gc.setForeground(white);
		gc.drawRectangle(box.x() - 1, box.y() - 1, box.width() + 1, box.height() + 1);
		gc.setLineWidth(width);
		gc.setForeground(frame);
		if (isSelected) {
			gc.setLineDash(new int[] { 10, 4 });
		}
		gc.drawRectangle(box.x(), box.y(), box.width() - 1, box.height() - 1);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (isSelected) {
			gc.setBackground(frame);
			int tab = 8;
			gc.fillRectangle(box.x() - tab / 2, box.y() - tab / 2, tab, tab);
			gc.fillRectangle(box.x() + box.width() - tab / 2, box.y() - tab / 2, tab, tab);
			gc.fillRectangle(box.x() - tab / 2, box.y() + box.height() - tab / 2, tab, tab);
			gc.fillRectangle(box.x() + box.width() - tab / 2, box.y() + box.height() - tab / 2, tab, tab);
		}
		drawNumber(gc, callout, box, frame, white, isSelected);
	}

	/* The number in a tag above the frame's top-left corner (inside it when the frame touches the canvas top). */
	private void drawNumber(GC gc, Callout callout, Box box, Color frame, Color white, boolean isSelected) {
		String number = Integer.toString(callout.getNumber());
		Point size = gc.textExtent(number);
		int padding = 3;
		int tagWidth = size.x + 2 * padding;
		int tagHeight = size.y + (isSelected ? 2 * padding : padding);
		int x = box.x();
		int y = box.y() - tagHeight - 2 >= 0 ? box.y() - tagHeight - 2 : box.y() + 2;
		gc.setBackground(isSelected ? frame : white);
		gc.fillRectangle(x, y, tagWidth, tagHeight);
		gc.setForeground(isSelected ? white : frame);
		gc.setLineWidth(1);
		gc.drawRectangle(x, y, tagWidth - 1, tagHeight - 1);
		gc.drawText(number, x + padding, y + (tagHeight - size.y) / 2, true);
	}

	private void mouseDown(Event e) {
		if (e.button == 1) {
			setFocus();
			pressedAt = new Point(e.x, e.y);
			draggedTo = pressedAt;
			dragged = false;
			grip = drawing && selected != null ? gripAt(viewBox(selected), e.x, e.y) : null;
		}
	}

	private void mouseMove(Event e) {
		if (pressedAt == null) {
			return;
		}
		if (!dragged && Math.abs(e.x - pressedAt.x) + Math.abs(e.y - pressedAt.y) <= CLICK_SLOP) {
			return;
		}
		dragged = true;
		if (drawing) {
			draggedTo = new Point(e.x, e.y);
			redraw();
			return;
		}
		transform.panBy(e.x - draggedTo.x, e.y - draggedTo.y);
		draggedTo = new Point(e.x, e.y);
	}

	private void mouseUp(Event e) {
		if (e.button != 1 || pressedAt == null) {
			return;
		}
		boolean click = !dragged;
		Point from = pressedAt;
		pressedAt = null;
		if (drawing && !click && grip != null) {
			draggedTo = new Point(e.x, e.y);
			pressedAt = from;
			Box box = reshaped();
			Callout callout = selected;
			pressedAt = null;
			grip = null;
			redraw();
			List.copyOf(reshapedListeners).forEach(listener -> listener.accept(callout, box));
		} else if (drawing && !click) {
			Box drawn = transform.toImage(from.x, from.y, e.x, e.y);
			redraw();
			List.copyOf(drawnListeners).forEach(listener -> listener.accept(drawn));
		} else if (click) {
			selected = calloutAt(e.x, e.y).orElse(null);
			redraw();
			List.copyOf(selectionListeners).forEach(listener -> listener.accept(selected));
		}
	}

	/* A corner tab (with a few pixels' slack) resizes, the inside moves, elsewhere a new box is drawn. */
	private static Grip gripAt(Box box, int x, int y) {
		int slack = 6;
		boolean left = Math.abs(x - box.x()) <= slack;
		boolean right = Math.abs(x - (box.x() + box.width())) <= slack;
		boolean top = Math.abs(y - box.y()) <= slack;
		boolean bottom = Math.abs(y - (box.y() + box.height())) <= slack;
		if (top && left) {
			return Grip.TOP_LEFT;
		}
		if (top && right) {
			return Grip.TOP_RIGHT;
		}
		if (bottom && left) {
			return Grip.BOTTOM_LEFT;
		}
		if (bottom && right) {
			return Grip.BOTTOM_RIGHT;
		}
		return box.contains(x, y) ? Grip.MOVE : null;
	}

	/* The selected box as the drag so far leaves it, in image pixels: moved whole, or one corner moved. */
	private Box reshaped() {
		Box box = imageBox(selected);
		double dx = (draggedTo.x - pressedAt.x) / transform.scale();
		double dy = (draggedTo.y - pressedAt.y) / transform.scale();
		if (grip == Grip.MOVE) {
			return new Box(box.x() + (int) Math.round(dx), box.y() + (int) Math.round(dy), box.width(), box.height());
		}
		double left = box.x();
		double top = box.y();
		double right = box.x() + box.width();
		double bottom = box.y() + box.height();
		switch (grip) {
		case TOP_LEFT -> {
			left += dx;
			top += dy;
		}
		case TOP_RIGHT -> {
			right += dx;
			top += dy;
		}
		case BOTTOM_LEFT -> {
			left += dx;
			bottom += dy;
		}
		default -> {
			right += dx;
			bottom += dy;
		}
		}
		int x1 = (int) Math.round(Math.min(left, right));
		int y1 = (int) Math.round(Math.min(top, bottom));
		int x2 = (int) Math.round(Math.max(left, right));
		int y2 = (int) Math.round(Math.max(top, bottom));
		return new Box(x1, y1, Math.max(1, x2 - x1), Math.max(1, y2 - y1));
	}

	private void wheel(Event e) {
		if (e.count != 0) {
			transform.zoomAt(e.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.x, e.y);
			e.doit = false;
		}
	}

	private void key(Event e) {
		Rectangle area = getClientArea();
		switch (e.character) {
		case '+', '=' -> transform.zoomAt(ZOOM_STEP, area.width / 2.0, area.height / 2.0);
		case '-' -> transform.zoomAt(1 / ZOOM_STEP, area.width / 2.0, area.height / 2.0);
		case '0' -> transform.fit();
		case '1' -> transform.actualSize();
		default -> arrow(e.keyCode);
		}
	}

	private void arrow(int keyCode) {
		switch (keyCode) {
		case SWT.ARROW_LEFT -> transform.panBy(PAN_STEP, 0);
		case SWT.ARROW_RIGHT -> transform.panBy(-PAN_STEP, 0);
		case SWT.ARROW_UP -> transform.panBy(0, PAN_STEP);
		case SWT.ARROW_DOWN -> transform.panBy(0, -PAN_STEP);
		default -> {
			// not ours
		}
		}
	}

	/* Arrow keys pan instead of leaving the canvas; Tab still does. */
	private void traverse(Event e) {
		switch (e.detail) {
		case SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS -> e.doit = false;
		case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS, SWT.TRAVERSE_ESCAPE, SWT.TRAVERSE_RETURN -> e.doit = true;
		default -> {
			// leave it
		}
		}
	}

	private void disposeImage() {
		if (image != null && !image.isDisposed()) {
			image.dispose();
		}
		image = null;
	}
}
