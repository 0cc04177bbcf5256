package org.crm.enlace.geo;

/**
 * One closed outline of a country's land (an island, a mainland), as longitudes and latitudes in degrees, with its
 * bounding box. Holes are not kept: in Natural Earth's admin-0 data they are enclaves, drawn as countries of their
 * own. The longitudes of a ring across the antimeridian (Russia's mainland, Fiji) go on past 180 instead of jumping
 * to -180, so that the ring can be drawn flat.
 */
public final class Ring {

	/* A degree of latitude (and of longitude at the equator) on the mean Earth sphere. */
	private static final double KM_PER_DEGREE = 111.195;

	private final String country;
	private final boolean detailed;
	private final double[] longitudes;
	private final double[] latitudes;
	private final double west;
	private final double east;
	private final double south;
	private final double north;

	/**
	 * @param country  ISO 3166-1 alpha-3; empty for a territory that has none (Kosovo, Somaliland, Northern Cyprus)
	 * @param detailed from the 1:50m data (the Americas); else a coarse 1:110m outline (the rest of the world)
	 */
	public Ring(String country, boolean detailed, double[] longitudes, double[] latitudes) {
		if (longitudes.length != latitudes.length) {
			throw new IllegalArgumentException("longitudes and latitudes differ in length");
		}
		this.country = country;
		this.detailed = detailed;
		this.longitudes = longitudes.clone();
		this.latitudes = latitudes.clone();
		double w = Double.POSITIVE_INFINITY;
		double e = Double.NEGATIVE_INFINITY;
		double s = Double.POSITIVE_INFINITY;
		double n = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < longitudes.length; i++) {
			w = Math.min(w, longitudes[i]);
			e = Math.max(e, longitudes[i]);
			s = Math.min(s, latitudes[i]);
			n = Math.max(n, latitudes[i]);
		}
		this.west = w;
		this.east = e;
		this.south = s;
		this.north = n;
	}

	public String country() {
		return country;
	}

	public boolean detailed() {
		return detailed;
	}

	public int size() {
		return longitudes.length;
	}

	public double longitude(int index) {
		return longitudes[index];
	}

	public double latitude(int index) {
		return latitudes[index];
	}

	public double west() {
		return west;
	}

	public double east() {
		return east;
	}

	public double south() {
		return south;
	}

	public double north() {
		return north;
	}

	/** Whether the point is inside the outline (even-odd rule, in degrees: exact enough away from the poles). */
	public boolean contains(double latitude, double longitude) {
		if (latitude < south || latitude > north || longitude < west || longitude > east) {
			return false;
		}
		boolean inside = false;
		for (int i = 0, j = longitudes.length - 1; i < longitudes.length; j = i++) {
			if ((latitudes[i] > latitude) != (latitudes[j] > latitude)
					&& longitude < (longitudes[j] - longitudes[i]) * (latitude - latitudes[i])
							/ (latitudes[j] - latitudes[i]) + longitudes[i]) {
				inside = !inside;
			}
		}
		return inside;
	}

	/**
	 * How far the point is from the outline's nearest edge, in kilometres (0 inside). Edges are measured on a plane
	 * scaled to the point's latitude: good to a few per cent over the tens of kilometres it is asked about.
	 */
	public double distanceKm(double latitude, double longitude) {
		if (contains(latitude, longitude)) {
			return 0;
		}
		double xScale = Math.cos(Math.toRadians(latitude));
		double nearest = Double.POSITIVE_INFINITY;
		for (int i = 0, j = longitudes.length - 1; i < longitudes.length; j = i++) {
			double ax = (longitudes[j] - longitude) * xScale;
			double ay = latitudes[j] - latitude;
			double bx = (longitudes[i] - longitude) * xScale;
			double by = latitudes[i] - latitude;
			double dx = bx - ax;
			double dy = by - ay;
			double length = dx * dx + dy * dy;
			double t = length == 0 ? 0 : Math.clamp(-(ax * dx + ay * dy) / length, 0, 1);
			nearest = Math.min(nearest, Math.hypot(ax + t * dx, ay + t * dy));
		}
		return nearest * KM_PER_DEGREE;
	}
}
