package org.crm.enlace.specimens.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an image lies on a canvas: its scale and the canvas position of its top-left corner. Free of SWT so the
 * geometry every viewer relies on (callouts over the right pixels, zoom about the pointer, synchronized compare) is
 * tested on its own. Image coordinates are pixels of the stored image; view coordinates are canvas pixels.
 */
public final class ViewTransform {

	/** Below this a page is a stamp; above it one image pixel fills a 32-pixel square, which is enough for microprint. */
	public static final double MIN_SCALE = 0.02;
	public static final double MAX_SCALE = 32;

	/** How much of the image stays on the canvas when panning, so it can never be lost off-screen. */
	private static final int MIN_VISIBLE = 32;

	/** An axis-aligned box, in image or view pixels. */
	public record Box(int x, int y, int width, int height) {

		public boolean contains(double px, double py) {
			return px >= x && py >= y && px < x + width && py < y + height;
		}
	}

	/**
	 * A view independent of the image's pixel size: zoom relative to "fit" and the image point at the canvas centre,
	 * as fractions of the image. Two images of one page taken at different resolutions show the same region when they
	 * share it.
	 */
	public record State(double zoomOverFit, double centreX, double centreY) {
	}

	private final List<Runnable> listeners = new ArrayList<>();
	private int imageWidth = 1;
	private int imageHeight = 1;
	private int viewWidth = 1;
	private int viewHeight = 1;
	private double scale = 1;
	private double originX;
	private double originY;

	public double scale() {
		return scale;
	}

	public double originX() {
		return originX;
	}

	public double originY() {
		return originY;
	}

	/** A new image: shown whole, centred. */
	public void setImageSize(int width, int height) {
		imageWidth = Math.max(1, width);
		imageHeight = Math.max(1, height);
		fit();
	}

	/** The canvas was resized: the image point at its centre stays at its centre. */
	public void setViewSize(int width, int height) {
		State kept = state();
		viewWidth = Math.max(1, width);
		viewHeight = Math.max(1, height);
		apply(kept);
	}

	/** The scale at which the whole image fits the canvas. */
	public double fitScale() {
		return Math.min((double) viewWidth / imageWidth, (double) viewHeight / imageHeight);
	}

	/** The whole image, as large as the canvas allows, centred. */
	public void fit() {
		scale = clampScale(fitScale());
		originX = (viewWidth - imageWidth * scale) / 2;
		originY = (viewHeight - imageHeight * scale) / 2;
		changed();
	}

	/** Image pixels at screen pixels, centred on the canvas centre's image point. */
	public void actualSize() {
		zoomAt(1 / scale, viewWidth / 2.0, viewHeight / 2.0);
	}

	/** Zooms by {@code factor} keeping the image point under the view point (the mouse pointer) where it is. */
	public void zoomAt(double factor, double viewX, double viewY) {
		double newScale = clampScale(scale * factor);
		double imageX = (viewX - originX) / scale;
		double imageY = (viewY - originY) / scale;
		scale = newScale;
		originX = viewX - imageX * scale;
		originY = viewY - imageY * scale;
		keepVisible();
		changed();
	}

	public void panBy(double dx, double dy) {
		originX += dx;
		originY += dy;
		keepVisible();
		changed();
	}

	/** Puts the middle of {@code imageBox} at the canvas centre, zooming out if the box does not fit. */
	public void centreOn(Box imageBox) {
		double needed = Math.min((double) viewWidth / Math.max(1, imageBox.width()),
				(double) viewHeight / Math.max(1, imageBox.height())) * 0.8;
		if (needed < scale) {
			scale = clampScale(needed);
		}
		originX = viewWidth / 2.0 - (imageBox.x() + imageBox.width() / 2.0) * scale;
		originY = viewHeight / 2.0 - (imageBox.y() + imageBox.height() / 2.0) * scale;
		keepVisible();
		changed();
	}

	public double[] toView(double imageX, double imageY) {
		return new double[] { originX + imageX * scale, originY + imageY * scale };
	}

	public double[] toImage(double viewX, double viewY) {
		return new double[] { (viewX - originX) / scale, (viewY - originY) / scale };
	}

	/** The box's place on the canvas, rounded outward so a drawn frame never cuts into what it frames. */
	public Box toView(Box imageBox) {
		double left = originX + imageBox.x() * scale;
		double top = originY + imageBox.y() * scale;
		double right = originX + (imageBox.x() + imageBox.width()) * scale;
		double bottom = originY + (imageBox.y() + imageBox.height()) * scale;
		int x = (int) Math.floor(left);
		int y = (int) Math.floor(top);
		return new Box(x, y, (int) Math.ceil(right) - x, (int) Math.ceil(bottom) - y);
	}

	/** The box two view points span, in image pixels, clipped to the image: what a user drags to draw a callout. */
	public Box toImage(double viewX1, double viewY1, double viewX2, double viewY2) {
		double[] a = toImage(Math.min(viewX1, viewX2), Math.min(viewY1, viewY2));
		double[] b = toImage(Math.max(viewX1, viewX2), Math.max(viewY1, viewY2));
		int x = clamp((int) Math.floor(a[0]), 0, imageWidth);
		int y = clamp((int) Math.floor(a[1]), 0, imageHeight);
		int right = clamp((int) Math.ceil(b[0]), 0, imageWidth);
		int bottom = clamp((int) Math.ceil(b[1]), 0, imageHeight);
		return new Box(x, y, right - x, bottom - y);
	}

	public State state() {
		double[] centre = toImage(viewWidth / 2.0, viewHeight / 2.0);
		return new State(scale / fitScale(), centre[0] / imageWidth, centre[1] / imageHeight);
	}

	/** Shows what {@code state} describes; listeners hear of it only when something moved. */
	public void apply(State state) {
		double newScale = clampScale(state.zoomOverFit() * fitScale());
		double newX = viewWidth / 2.0 - state.centreX() * imageWidth * newScale;
		double newY = viewHeight / 2.0 - state.centreY() * imageHeight * newScale;
		if (Math.abs(newScale - scale) <= scale * 1e-9 && Math.abs(newX - originX) < 1e-6
				&& Math.abs(newY - originY) < 1e-6) {
			return; // two synchronized views echo each other's state: stop at the first echo
		}
		scale = newScale;
		originX = newX;
		originY = newY;
		keepVisible();
		changed();
	}

	/** Called after every change of scale or position (not for a state that changes nothing). */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void keepVisible() {
		double width = imageWidth * scale;
		double height = imageHeight * scale;
		originX = clamp(originX, Math.min(MIN_VISIBLE, width) - width, viewWidth - Math.min(MIN_VISIBLE, width));
		originY = clamp(originY, Math.min(MIN_VISIBLE, height) - height, viewHeight - Math.min(MIN_VISIBLE, height));
	}

	private void changed() {
		List.copyOf(listeners).forEach(Runnable::run);
	}

	private static double clampScale(double value) {
		return clamp(value, MIN_SCALE, MAX_SCALE);
	}

	private static double clamp(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}

	private static int clamp(int value, int low, int high) {
		return Math.max(low, Math.min(high, value));
	}
}
