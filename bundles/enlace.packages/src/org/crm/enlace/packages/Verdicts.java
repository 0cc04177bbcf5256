package org.crm.enlace.packages;

import org.crm.enlace.core.store.Receipt;
import org.crm.enlace.packages.internal.Messages;

/**
 * Why a received record is or is not taken, in the user's language, the same words on the command line and in the
 * workbench. Names no value of the record.
 */
public final class Verdicts {

	private Verdicts() {
	}

	/** A record's checks: its signature, signer, schema and manifest entry. */
	public static String of(ReceivedRecord.Status status) {
		return Messages.format("status." + status.name());
	}

	/** The store's refusal of a version. */
	public static String of(Receipt.Reason reason) {
		return Messages.format("refusal." + reason.name());
	}
}
