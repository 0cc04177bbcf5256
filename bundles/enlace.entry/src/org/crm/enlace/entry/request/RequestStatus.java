package org.crm.enlace.entry.request;

/**
 * Where a confirmation request stands. Never stored: it follows from the destination's answer and the rule's current
 * version, which two different owners write ({@link RequestState#of}).
 */
public enum RequestStatus {
	/** Not answered, and the rule is still at the version the request confirms: the destination may apply it. */
	OPEN,
	/** The destination applied it: the rule is confirmed with the Secretariat as the confirming party. */
	APPLIED,
	/** The destination rejected it, with a reason. */
	REJECTED,
	/** Not answered, but the rule changed (or went) since: the request no longer says what it confirms. */
	SUPERSEDED
}
