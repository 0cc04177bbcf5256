package org.crm.enlace.core.store;

import org.crm.enlace.model.Record;

/**
 * Someone saved the record first. Carries both versions so that the user can compare them; nothing was written.
 */
public final class StaleRecordException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final transient Record stored;
	private final transient Record attempted;

	public StaleRecordException(Record stored, Record attempted) {
		super(Reason.STALE, stored.getId() + " v" + attempted.getVersion() + " < v" + stored.getVersion());
		this.stored = stored;
		this.attempted = attempted;
	}

	/** The version in the store now. */
	public Record stored() {
		return stored;
	}

	/** The version the caller tried to save. */
	public Record attempted() {
		return attempted;
	}
}
