package org.crm.enlace.specimens.internal.demo;

import java.awt.Color;
import java.util.Map;

/**
 * A country's colours on its demo documents, made from one invented hue: no national symbol, flag colour scheme or
 * real document's colours, only enough difference for the register not to look like eleven copies.
 */
record Palette(Color paper, Color ink, Color line, Color fountainFrom, Color fountainTo, Color accent) {

	private static final Map<String, Float> HUES = Map.ofEntries(Map.entry("BLZ", 0.50f), Map.entry("CAN", 0.98f),
			Map.entry("CRI", 0.08f), Map.entry("DOM", 0.76f), Map.entry("SLV", 0.58f), Map.entry("GTM", 0.53f),
			Map.entry("HND", 0.44f), Map.entry("MEX", 0.34f), Map.entry("NIC", 0.63f), Map.entry("PAN", 0.88f),
			Map.entry("USA", 0.67f));

	static Palette of(String country) {
		float hue = HUES.getOrDefault(country, (country.hashCode() & 0xff) / 255f);
		return new Palette(hsb(hue, 0.07f, 0.97f), hsb(hue, 0.85f, 0.30f), hsb(hue, 0.45f, 0.72f),
				hsb(hue, 0.65f, 0.85f), hsb(hue + 0.22f, 0.65f, 0.85f), hsb(hue + 0.5f, 0.70f, 0.55f));
	}

	private static Color hsb(float hue, float saturation, float brightness) {
		return new Color(Color.HSBtoRGB(hue % 1f, saturation, brightness));
	}
}
