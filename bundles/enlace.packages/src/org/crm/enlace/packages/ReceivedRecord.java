package org.crm.enlace.packages;

import java.util.List;
import java.util.Optional;

import org.crm.enlace.exchange.ExchangeProblem;
import org.crm.enlace.model.Record;

/**
 * One record of a package as read, before anything is imported: its signed form (to keep and relay as it came), what
 * checking found, and the record when it passed every check.
 *
 * @param signer   the trusted organization whose key signed it, when one did
 * @param problems the schema problems, when the document failed validation
 */
public record ReceivedRecord(SignedRecord signed, Status status, Optional<String> signer, List<ExchangeProblem> problems,
		Optional<Record> record) {

	/** What checking a record found; only {@code VALID} records may be imported. */
	public enum Status {
		VALID,
		/** The signature does not verify over the document's bytes (changed content, or a damaged signature). */
		BROKEN_SIGNATURE,
		/** No certificate the node trusts made the signature. */
		UNKNOWN_SIGNER,
		/** A trusted organization signed it, but not the record's owner. */
		SIGNED_BY_NON_OWNER,
		/** The document fails the exchange format's schema (or is of a newer format version). */
		INVALID,
		/** The document's id, owner or version is not what the manifest lists. */
		MANIFEST_MISMATCH
	}

	public ReceivedRecord {
		problems = List.copyOf(problems);
	}

	public boolean isValid() {
		return status == Status.VALID;
	}
}
