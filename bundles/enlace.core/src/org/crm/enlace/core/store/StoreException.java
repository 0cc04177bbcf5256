package org.crm.enlace.core.store;

import org.crm.enlace.core.i18n.Messages;

/**
 * A store operation that could not be done. The message is for the user and names what is wrong; it never carries
 * the content of a record.
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** What went wrong; each has a message {@code store.error.<name>} in the core's messages. */
	public enum Reason {
		/** The data folder cannot be created or written. */
		NOT_WRITABLE,
		/** Another process holds the database. */
		LOCKED,
		/** The database files are damaged or are not an Enlace database. */
		CORRUPT,
		/** The database was written by a newer Enlace. */
		TOO_NEW,
		/** The record was changed by someone else since it was read. */
		STALE,
		/** The record is not valid and was not stored. */
		INVALID,
		/** The user may not write this record: another organization owns it. */
		FORBIDDEN,
		/** The data folder holds no database, and the operation does not create one. */
		NOT_FOUND,
		/** A restore was asked into a data folder that holds a database already. */
		NOT_EMPTY,
		/** The folder is not a complete Enlace backup (no manifest, a foreign or damaged one). */
		BACKUP_INVALID,
		/** The user name or the password is wrong; which one is never said. */
		LOGIN_FAILED,
		/** Too many failed logins: the account is locked until the time given. */
		LOGIN_LOCKED,
		/** The data folder has no accounts yet: the first one must be created. */
		NO_ACCOUNTS,
		/** The data folder has accounts already: its first ones cannot be created again. */
		ACCOUNTS_EXIST,
		/** An account with this user name exists already. */
		ACCOUNT_EXISTS,
		/** The user's role may not do this (administer accounts of another organization, remove one's own). */
		NOT_ALLOWED,
		/** The keys do not open this database: the keyring belongs to another data folder. */
		WRONG_KEYS,
		/** There is no live record (or attachment) with this id that the user may see. */
		RECORD_NOT_FOUND,
		/** A search query is not valid; the message says where, without quoting it. */
		SEARCH_SYNTAX,
		/** The full-text index must be rebuilt before searching. */
		SEARCH_NOT_READY,
		/** Any other failure of the database. */
		FAILED
	}

	private final Reason reason;

	public StoreException(Reason reason, String detail, Throwable cause) {
		super(Messages.format("store.error." + reason.name(), detail), cause);
		this.reason = reason;
	}

	public StoreException(Reason reason, String detail) {
		this(reason, detail, null);
	}

	public Reason reason() {
		return reason;
	}
}
