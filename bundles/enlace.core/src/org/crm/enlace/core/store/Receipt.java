package org.crm.enlace.core.store;

import java.util.List;

/**
 * What {@link RecordRepository#receive} did with received versions: when anything was refused, nothing at all was
 * written and the refusals say which versions and why (by record id and version, never by content).
 *
 * @param added     records the store did not hold
 * @param replaced  records whose stored version was older
 * @param unchanged versions the store already held (receiving a package twice changes nothing)
 * @param own       versions of the user's own organization's records, which a node never takes from elsewhere
 */
public record Receipt(int added, int replaced, int unchanged, int own, List<Refusal> refusals) {

	public Receipt {
		refusals = List.copyOf(refusals);
	}

	public boolean applied() {
		return refusals.isEmpty();
	}

	/** Why one received version cannot be applied. */
	public record Refusal(String recordId, int version, Reason reason) {
	}

	public enum Reason {
		/** The store holds a newer version of the record: an older one never replaces it. */
		OLDER_VERSION,
		/** The version's releasability does not include the user's organization. */
		NOT_RELEASABLE_HERE,
		/** The store holds a record of this id owned by another organization, or of another class. */
		CONFLICTING_RECORD,
		/** The store holds this version with other content: the owner's node issued two different versions. */
		CONFLICTING_VERSION,
		/** The same record is in the list more than once. */
		REPEATED,
		/** An id, owner, stamp or attachment is missing or too long. */
		INVALID
	}
}
