package org.crm.enlace.compliance;

/** How far a member country has filled one space. */
public enum ComplianceStatus {
	COMPLETE,
	/** Something entered, not all. */
	PARTIAL,
	/** Nothing that counts entered. */
	MISSING,
	/** The space's work area is not in this product (yet): nobody can be asked for it, so it is not "missing". */
	NOT_AVAILABLE;

	/** Whether a reminder is due: complete and not-available spaces ask nothing of a country. */
	public boolean owesSomething() {
		return this == PARTIAL || this == MISSING;
	}
}
