package org.crm.enlace.entry.matrix;

import java.util.EnumMap;
import java.util.Map;

import org.crm.enlace.entry.model.Requirement;

/**
 * A colour per requirement from the Okabe-Ito palette, which readers with the common colour-vision deficiencies tell
 * apart, and whether black or white text reads on it: the screen and the PDF export use the same. Colours are
 * {@code 0xRRGGBB}, so that this headless package needs no SWT nor AWT. Colour is never the only cue: every cell
 * carries its code too ({@link RequirementCodes}).
 */
public final class RequirementColours {

	private static final Map<Requirement, Integer> BACKGROUND = new EnumMap<>(Map.of(
			Requirement.NO_ADMISSION, 0x000000,
			Requirement.VISA_REQUIRED, 0xD55E00,
			Requirement.EVISA, 0xE69F00,
			Requirement.VISA_ON_ARRIVAL, 0xF0E442,
			Requirement.ETA, 0xCC79A7,
			Requirement.VISA_FREE, 0x009E73,
			Requirement.NATIONAL_ID, 0x56B4E9,
			Requirement.OWN_COUNTRY, 0xD2D2D2));
	/* Relative luminance above which black text reads better than white. */
	private static final double LIGHT = 0.35;

	private RequirementColours() {
	}

	/** The cell's colour, {@code 0xRRGGBB}. */
	public static int background(Requirement requirement) {
		return BACKGROUND.get(requirement);
	}

	/** Black ({@code 0x000000}) or white ({@code 0xFFFFFF}), whichever reads on the background. */
	public static int text(Requirement requirement) {
		int rgb = background(requirement);
		double luminance = (0.2126 * red(rgb) + 0.7152 * green(rgb) + 0.0722 * blue(rgb)) / 255;
		return luminance > LIGHT ? 0x000000 : 0xFFFFFF;
	}

	public static int red(int rgb) {
		return rgb >> 16 & 0xFF;
	}

	public static int green(int rgb) {
		return rgb >> 8 & 0xFF;
	}

	public static int blue(int rgb) {
		return rgb & 0xFF;
	}
}
