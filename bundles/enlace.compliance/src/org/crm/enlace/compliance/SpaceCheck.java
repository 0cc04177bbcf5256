package org.crm.enlace.compliance;

import java.util.List;

/**
 * What one space's rule found for one country.
 *
 * @param status  complete, partial, missing or not available
 * @param missing what exactly the country still has to enter, for the user, in the user's language; empty when
 *                complete
 */
public record SpaceCheck(ComplianceStatus status, List<String> missing) {

	public SpaceCheck {
		missing = List.copyOf(missing);
	}

	public static SpaceCheck complete() {
		return new SpaceCheck(ComplianceStatus.COMPLETE, List.of());
	}

	/** MISSING when nothing counted, PARTIAL when something did, COMPLETE when nothing is missing. */
	public static SpaceCheck of(boolean anythingEntered, List<String> missing) {
		if (missing.isEmpty()) {
			return complete();
		}
		return new SpaceCheck(anythingEntered ? ComplianceStatus.PARTIAL : ComplianceStatus.MISSING, missing);
	}
}
