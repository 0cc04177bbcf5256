package org.crm.enlace.entry.ui;

import java.util.EnumMap;
import java.util.Map;

import org.crm.enlace.entry.model.Requirement;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * A colour per requirement from the Okabe-Ito palette, which readers with the common colour-vision deficiencies
 * tell apart, and a text colour that reads on it. Colour is never the only cue: every cell carries its code too.
 * SWT colours without a device hold no system resource and need no disposal.
 */
final class Palette {

	private static final Map<Requirement, RGB> BACKGROUND = new EnumMap<>(Map.of(
			Requirement.NO_ADMISSION, new RGB(0, 0, 0),
			Requirement.VISA_REQUIRED, new RGB(213, 94, 0),
			Requirement.EVISA, new RGB(230, 159, 0),
			Requirement.VISA_ON_ARRIVAL, new RGB(240, 228, 66),
			Requirement.ETA, new RGB(204, 121, 167),
			Requirement.VISA_FREE, new RGB(0, 158, 115),
			Requirement.NATIONAL_ID, new RGB(86, 180, 233),
			Requirement.OWN_COUNTRY, new RGB(210, 210, 210)));
	private static final RGB BLACK = new RGB(0, 0, 0);
	private static final RGB WHITE = new RGB(255, 255, 255);
	/* Relative luminance above which black text reads better than white. */
	private static final double LIGHT = 0.35;

	private Palette() {
	}

	static Color background(Requirement requirement) {
		return new Color(BACKGROUND.get(requirement));
	}

	static Color foreground(Requirement requirement) {
		RGB rgb = BACKGROUND.get(requirement);
		double luminance = (0.2126 * rgb.red + 0.7152 * rgb.green + 0.0722 * rgb.blue) / 255;
		return new Color(luminance > LIGHT ? BLACK : WHITE);
	}
}
