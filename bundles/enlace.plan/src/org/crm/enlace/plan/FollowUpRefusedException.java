package org.crm.enlace.plan;

/**
 * A role that does not follow up plans tried to: the message says who does, in the user's language. Not a
 * {@code StoreException}, whose text speaks of records of another organization.
 */
public final class FollowUpRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	FollowUpRefusedException(String message) {
		super(message);
	}
}
