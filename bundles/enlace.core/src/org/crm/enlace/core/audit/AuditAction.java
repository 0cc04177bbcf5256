package org.crm.enlace.core.audit;

/** What an audit entry records. */
public enum AuditAction {
	/** A user opened the store (the login of today's product, which asks for a role and country). */
	OPEN,
	/** A user was handed an AMBER, AMBER+STRICT or RED record (one entry per record). */
	READ,
	CREATE,
	UPDATE,
	DELETE,
	SCRUB,
	/** Records left the store through an export (a file, a listing in a machine format). */
	EXPORT,
	/** Records came into the store through an import. */
	IMPORT,
	BACKUP,
	RESTORE
}
