package org.crm.enlace.core.store;

/** Event topics that parts use to tell each other that stored records changed (posted through the event broker). */
public final class RecordEvents {

	/** Posted after a save or delete; the data is the EClass name of the records concerned. */
	public static final String CHANGED = "enlace/records/changed";

	private RecordEvents() {
	}
}
