package org.crm.enlace.geo;

/**
 * What part of the world a map of {@code width} x {@code height} pixels shows: the world point at its centre (Web
 * Mercator world units, see {@link WebMercator}) and a zoom level, at which the world is {@value #TILE} x
 * 2<sup>zoom</sup> pixels wide, as on web maps (zoom 0: the world in one 256-pixel tile). Immutable: panning and
 * zooming give a new viewport.
 */
public record Viewport(double centerX, double centerY, double zoom, int width, int height) {

	public static final int TILE = 256;
	public static final double MIN_ZOOM = 1;
	/** Beyond this the 1:50m outlines show nothing more (a pixel is about 40 m at the equator). */
	public static final double MAX_ZOOM = 12;
	/* What the map shows first: Alaska to Tierra del Fuego is too tall; Canada's south to Peru holds every route. */
	private static final double AMERICAS_SOUTH = -20;
	private static final double AMERICAS_NORTH = 55;
	private static final double AMERICAS_WEST = -130;
	private static final double AMERICAS_EAST = -55;

	public Viewport {
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
		centerX = Math.max(0, Math.min(1, centerX));
		centerY = Math.max(0, Math.min(1, centerY));
		width = Math.max(0, width);
		height = Math.max(0, height);
	}

	public static Viewport centeredOn(double latitude, double longitude, double zoom, int width, int height) {
		return new Viewport(WebMercator.x(longitude), WebMercator.y(latitude), zoom, width, height);
	}

	/** The largest zoom at which the box fits, centred on it. */
	public static Viewport fitting(double south, double west, double north, double east, int width, int height) {
		double left = WebMercator.x(west);
		double right = WebMercator.x(east);
		double top = WebMercator.y(north);
		double bottom = WebMercator.y(south);
		double zoomX = log2(Math.max(1, width) / ((right - left) * TILE));
		double zoomY = log2(Math.max(1, height) / ((bottom - top) * TILE));
		return new Viewport((left + right) / 2, (top + bottom) / 2, Math.min(zoomX, zoomY), width, height);
	}

	/** North and Central America, the Caribbean and the north of South America, where the network's routes run. */
	public static Viewport americas(int width, int height) {
		return fitting(AMERICAS_SOUTH, AMERICAS_WEST, AMERICAS_NORTH, AMERICAS_EAST, width, height);
	}

	/** The world's width (and height) in pixels at this zoom. */
	public double worldSize() {
		return TILE * Math.pow(2, zoom);
	}

	public double pixelX(double worldX) {
		return (worldX - centerX) * worldSize() + width / 2.0;
	}

	public double pixelY(double worldY) {
		return (worldY - centerY) * worldSize() + height / 2.0;
	}

	public Pixel pixel(double latitude, double longitude) {
		return new Pixel(pixelX(WebMercator.x(longitude)), pixelY(WebMercator.y(latitude)));
	}

	public double worldX(double pixelX) {
		return centerX + (pixelX - width / 2.0) / worldSize();
	}

	public double worldY(double pixelY) {
		return centerY + (pixelY - height / 2.0) / worldSize();
	}

	public double latitudeAt(double pixelY) {
		return WebMercator.latitude(worldY(pixelY));
	}

	public double longitudeAt(double pixelX) {
		return WebMercator.longitude(worldX(pixelX));
	}

	/** The map moved by {@code dx}, {@code dy} pixels, as when it is dragged: positive moves it right and down. */
	public Viewport panBy(double dx, double dy) {
		return new Viewport(centerX - dx / worldSize(), centerY - dy / worldSize(), zoom, width, height);
	}

	/** Zoomed in by {@code levels} (out when negative), keeping the world point under the given pixel where it is. */
	public Viewport zoomedBy(double levels, double pixelX, double pixelY) {
		double worldX = worldX(pixelX);
		double worldY = worldY(pixelY);
		double newZoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom + levels));
		double newSize = TILE * Math.pow(2, newZoom);
		return new Viewport(worldX - (pixelX - width / 2.0) / newSize, worldY - (pixelY - height / 2.0) / newSize,
				newZoom, width, height);
	}

	/** The same centre and zoom on a map of another size (the widget was resized). */
	public Viewport resized(int newWidth, int newHeight) {
		return new Viewport(centerX, centerY, zoom, newWidth, newHeight);
	}

	private static double log2(double value) {
		return Math.log(value) / Math.log(2);
	}
}
