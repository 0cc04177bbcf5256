package org.crm.enlace.geo;

/**
 * The Web Mercator projection (EPSG:3857) in world units: the whole world is the square 0..1, x growing east from
 * the antimeridian, y growing south from {@value #MAX_LATITUDE}° N. The projection of web maps, so distances and
 * shapes look as users know them; it cannot show the poles, so latitudes are clamped.
 */
public final class WebMercator {

	/** The latitude at which the world square ends (atan(sinh(π)) in degrees). */
	public static final double MAX_LATITUDE = 85.0511287798066;

	private WebMercator() {
	}

	public static double x(double longitude) {
		return (longitude + 180) / 360;
	}

	public static double y(double latitude) {
		double sin = Math.sin(Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude))));
		return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
	}

	public static double longitude(double x) {
		return x * 360 - 180;
	}

	public static double latitude(double y) {
		return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
	}
}
