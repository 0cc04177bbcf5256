package org.crm.enlace.directory;

import org.crm.enlace.directory.internal.Messages;
import org.crm.enlace.model.ContactRole;

/**
 * Something a member country still owes the network's directory (work plan item 1.2).
 *
 * @param country ISO 3166-1 alpha-3 code
 * @param kind    what is missing or out of date
 * @param role    the contact concerned
 */
public record CompletenessIssue(String country, Kind kind, ContactRole role) {

	public enum Kind {
		/** No contact of this role is valid today (none entered, or its validity has ended or not begun). */
		MISSING,
		/** The active contact was last verified more than {@link CompletenessRule#VERIFICATION_DAYS} days ago. */
		STALE_VERIFICATION
	}

	/** For the user, in the user's language, e.g. "falta el punto de contacto alterno". */
	public String describe() {
		return Messages.format("completeness." + kind.name(), Messages.get("role." + role.name()),
				CompletenessRule.VERIFICATION_DAYS);
	}
}
