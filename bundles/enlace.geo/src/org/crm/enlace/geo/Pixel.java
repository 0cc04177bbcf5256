package org.crm.enlace.geo;

/** A position on the screen, in pixels from the top left corner of the map; fractional before rounding. */
public record Pixel(double x, double y) {

	public double distance(double otherX, double otherY) {
		return Math.hypot(x - otherX, y - otherY);
	}
}
