package org.crm.enlace.core.audit;

/** What an audit entry records. */
public enum AuditAction {
	/** A user opened the store: a login of the workbench or of a command. */
	OPEN,
	/** A user was handed an AMBER, AMBER+STRICT or RED record (one entry per record). */
	READ,
	CREATE,
	UPDATE,
	DELETE,
	SCRUB,
	/** A file was attached to a record (the detail is its media type, never its name). */
	ATTACH,
	/** An attachment was removed. */
	DETACH,
	/** Records left the store through an export (a file, a listing in a machine format). */
	EXPORT,
	/** Records came into the store through an import. */
	IMPORT,
	/** An import was refused and changed nothing (the detail says what and why, never a value). */
	IMPORT_REFUSED,
	/** A version of another organization's record was received from its owner's node (one entry per record). */
	RECEIVE,
	/** The node's key, certificate or trust list was created, imported or replaced. */
	KEYS,
	BACKUP,
	RESTORE
}
