package org.crm.enlace.search;

import org.crm.enlace.search.internal.Messages;

/**
 * A search or index operation that could not be done. The message is for the user: it names the folder, or where a
 * query is wrong, and never quotes the query or a record. There is no cause: Lucene's messages quote the query.
 */
public final class SearchException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** What went wrong; each has a message {@code search.error.<name>} in this bundle's messages. */
	public enum Reason {
		/** The query is not valid search syntax. */
		SYNTAX,
		/** The index is damaged: rebuild it. */
		CORRUPT,
		/** Another process (or another open in this one) holds the index. */
		LOCKED,
		/** The folder holds files that are not an Enlace index; they were left alone. */
		NOT_AN_INDEX,
		/** The folder cannot be created or written. */
		NOT_WRITABLE,
		/** The index was closed. */
		CLOSED,
		/** Any other failure of the index. */
		FAILED
	}

	private final Reason reason;

	/** @param message the user's message, from {@link Messages} */
	public SearchException(Reason reason, String message) {
		super(message, null, false, true);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
