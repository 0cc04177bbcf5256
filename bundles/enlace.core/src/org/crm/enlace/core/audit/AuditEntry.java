package org.crm.enlace.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log: who did what, when, to which record. Never a record's content or a person's data:
 * {@code detail} is a short technical note (a record's class, an export's name and count, a backup's folder name).
 *
 * @param sequence      1 for the first entry, then one more for each
 * @param organization  the actor's organization, empty for the system (reference and demo data)
 * @param role          the actor's role, empty for the system
 * @param recordId      {@code null} when the action concerns no single record
 * @param recordVersion the record's version after the action, 0 when there is no record
 * @param detail        {@code null} or a short note without personal data
 * @param hash          SHA-256 (hex) of the previous entry's hash and this entry's canonical form
 */
public record AuditEntry(long sequence, Instant at, String userName, String organization, String role,
		AuditAction action, String recordId, int recordVersion, String detail, String hash) {

	public AuditEntry {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(userName, "userName");
		Objects.requireNonNull(organization, "organization");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(action, "action");
	}
}
