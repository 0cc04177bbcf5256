package org.crm.enlace.search;

/** How a rebuild ended. */
public enum RebuildOutcome {
	/** Every record was indexed and committed. */
	COMPLETED,
	/** The monitor asked to stop: the index is as it was before the rebuild. */
	CANCELLED
}
