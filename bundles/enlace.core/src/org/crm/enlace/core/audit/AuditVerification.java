package org.crm.enlace.core.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of walking the audit log's hash chain: intact, or the first entry where it breaks and why.
 *
 * @param entries     how many entries were read
 * @param headHash    the hash of the last entry when intact (note it elsewhere to detect a cut-off tail later);
 *                    {@code null} when broken or empty
 * @param firstBroken the sequence number of the first broken entry, 0 when intact
 * @param problem     why it breaks, {@code null} when intact
 */
public record AuditVerification(long entries, String headHash, long firstBroken, Problem problem) {

	/** Why an entry breaks the chain. */
	public enum Problem {
		/** The entry's stored hash is not the hash of its values and the previous entry's hash: it was changed. */
		HASH_MISMATCH,
		/** The entry's sequence number does not follow the previous one: entries were removed or inserted. */
		SEQUENCE_GAP,
		/** The first entry is not number 1: the beginning of the log was removed. */
		BAD_FIRST_LINK
	}

	public static AuditVerification intact(long entries, String headHash) {
		return new AuditVerification(entries, headHash, 0, null);
	}

	public static AuditVerification broken(long entries, long firstBroken, Problem problem) {
		return new AuditVerification(entries, null, firstBroken, Objects.requireNonNull(problem, "problem"));
	}

	public boolean isIntact() {
		return problem == null;
	}

	public Optional<Problem> whyBroken() {
		return Optional.ofNullable(problem);
	}
}
