package org.crm.enlace.core.audit;

import org.crm.enlace.core.country.Owners;

/**
 * Who may read which audit entries: the Technical Secretariat's users read every entry (the Secretariat keeps the
 * network's records and answers for the log); every other user reads the entries whose actor belongs to the user's
 * own organization. Entries of the system (reference and demo data) are the Secretariat's to read. Verifying the
 * chain is open to every user: its outcome names sequence numbers only.
 */
public final class AuditAccess {

	private AuditAccess() {
	}

	/** Whether the Secretariat's rule (every entry) applies to a user of this organization. */
	public static boolean readsEveryEntry(String organization) {
		return Owners.SECRETARIAT.equals(organization);
	}

	/**
	 * @param organization      the reader's organization
	 * @param actorOrganization the organization of the entry's actor, empty for the system
	 */
	public static boolean mayRead(String organization, String actorOrganization) {
		return readsEveryEntry(organization) || (organization != null && organization.equals(actorOrganization));
	}
}
