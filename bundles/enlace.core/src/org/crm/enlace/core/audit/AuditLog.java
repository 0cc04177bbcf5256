package org.crm.enlace.core.audit;

import java.time.Instant;
import java.util.List;

/**
 * The store's append-only, hash-chained audit log, as one user sees it. The store writes the entries of opens,
 * reads of AMBER/AMBER+STRICT/RED records, writes, deletions, scrubs, backups and restores itself, in the
 * transaction of what they describe; exports and imports happen outside the store, so their code reports them here.
 * Nothing can change or remove an entry through this interface.
 */
public interface AuditLog {

	/** Longest {@code what} kept; longer text is cut. */
	int MAX_DETAIL = 200;

	/**
	 * Records that the user exported records.
	 *
	 * @param what  a short name of the export without personal data, e.g. {@code "contacts list json"}
	 * @param count how many records left the store
	 */
	void recordExport(String what, int count);

	/** Records that the user imported records; {@code what} as for {@link #recordExport}. */
	void recordImport(String what, int count);

	/**
	 * Records that an import was refused and changed nothing.
	 *
	 * @param what as for {@link #recordExport}
	 * @param why  the reason in a few words or a code, without personal data
	 */
	void recordRefusedImport(String what, String why);

	/** Records that the node's key, certificate or trust list changed; {@code what} says which, without secrets. */
	void recordKeyChange(String what);

	/**
	 * The entries the user may read ({@link AuditAccess}) from {@code since} on (all when {@code null}), oldest first.
	 */
	List<AuditEntry> entries(Instant since);

	/**
	 * Walks the whole chain, whoever the user is (the outcome names sequence numbers only), and says whether it is
	 * intact or where it first breaks.
	 */
	AuditVerification verify();
}
