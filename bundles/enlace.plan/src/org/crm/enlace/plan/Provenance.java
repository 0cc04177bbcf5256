package org.crm.enlace.plan;

/** Where an indicator's value comes from, in order of precedence. */
public enum Provenance {
	/** A work area's indicator source computed it from its records. */
	COMPUTED,
	/** Someone entered it by hand, with its date and source. */
	ENTERED,
	/** Neither: the indicator has no value yet. */
	NONE
}
