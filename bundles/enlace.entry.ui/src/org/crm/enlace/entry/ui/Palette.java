package org.crm.enlace.entry.ui;

import static org.crm.enlace.entry.matrix.RequirementColours.blue;
import static org.crm.enlace.entry.matrix.RequirementColours.green;
import static org.crm.enlace.entry.matrix.RequirementColours.red;

import org.crm.enlace.entry.matrix.RequirementColours;
import org.crm.enlace.entry.model.Requirement;
import org.eclipse.swt.graphics.Color;

/**
 * The requirements' colours ({@link RequirementColours}, Okabe-Ito, the same as the PDF export's) as SWT colours.
 * SWT colours without a device hold no system resource and need no disposal.
 */
final class Palette {

	private Palette() {
	}

	static Color background(Requirement requirement) {
		return color(RequirementColours.background(requirement));
	}

	static Color foreground(Requirement requirement) {
		return color(RequirementColours.text(requirement));
	}

	private static Color color(int rgb) {
		return new Color(red(rgb), green(rgb), blue(rgb));
	}
}
