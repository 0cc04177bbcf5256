package org.crm.enlace.core.store;

import java.time.Instant;

import org.crm.enlace.model.Record;

/**
 * One version of a record in its history: a copy of the record as it was, who made the version and when, and how.
 *
 * @param record   a copy of the record at that version; for a scrubbed record, its skeleton without content
 * @param scrubbed whether the record's content was scrubbed (then from every version)
 */
public record RecordVersion(int version, Instant modifiedAt, String modifiedBy, Operation operation, boolean scrubbed,
		Record record) {

	/** What made a version. */
	public enum Operation {
		/** The record was stored for the first time. */
		CREATE,
		/** The record was changed. */
		UPDATE,
		/** The record was deleted: this version is the record as it was when deleted. */
		DELETE,
		/** The version was received from the owner's node, as the owner made it. */
		RECEIVE
	}
}
