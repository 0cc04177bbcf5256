package org.crm.enlace.entry.matrix;

import java.util.List;

import org.crm.enlace.entry.internal.Messages;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;

/**
 * How a requirement is written in a matrix cell: a short code, so that colour is never the only cue (for readers who
 * do not tell colours apart, and on a black-and-white print), the days of a visa-free stay, and a mark on a rule not
 * yet confirmed by its destination. The codes are in the bundle's messages ({@code code.<REQUIREMENT>}).
 */
public final class RequirementCodes {

	/** From the strictest requirement to the least strict; the order sorts use. */
	public static final List<Requirement> STRICTNESS = List.of(Requirement.NO_ADMISSION, Requirement.VISA_REQUIRED,
			Requirement.EVISA, Requirement.VISA_ON_ARRIVAL, Requirement.ETA, Requirement.VISA_FREE,
			Requirement.NATIONAL_ID, Requirement.OWN_COUNTRY);

	/** Appended to the cell of an unconfirmed rule. */
	public static final String UNCONFIRMED_MARK = "?";

	private RequirementCodes() {
	}

	static int strictness(Requirement requirement) {
		return STRICTNESS.indexOf(requirement);
	}

	/** "VL 90", "VR", "DNI"... in the user's language. */
	public static String code(Requirement requirement) {
		return Messages.format("code." + requirement.name());
	}

	/** The requirement's name in the user's language, as in the legend. */
	public static String label(Requirement requirement) {
		return Messages.format("requirement." + requirement.name());
	}

	/** A cell's text: the code, the days of stay when given, and the unconfirmed mark. */
	public static String cell(EntryRule rule) {
		String days = rule.getMaxStayDays() == null ? "" : " " + rule.getMaxStayDays();
		String mark = rule.getConfirmationStatus() == ConfirmationStatus.CONFIRMED ? "" : " " + UNCONFIRMED_MARK;
		return code(rule.getRequirement()) + days + mark;
	}
}
