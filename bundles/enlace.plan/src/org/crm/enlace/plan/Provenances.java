package org.crm.enlace.plan;

import org.crm.enlace.plan.internal.Messages;

/** Where an indicator's value comes from, in the reader's words, as {@code ./enlace indicators} says it. */
public final class Provenances {

	private Provenances() {
	}

	public static String describe(IndicatorReading r) {
		return switch (r.provenance()) {
		case COMPUTED -> Messages.format("provenance.computed", r.origin(), r.source());
		case ENTERED -> Messages.format("provenance.entered", r.dated().orElseThrow().toString(), r.origin(),
				r.source());
		case NONE -> Messages.format("provenance.none");
		};
	}
}
