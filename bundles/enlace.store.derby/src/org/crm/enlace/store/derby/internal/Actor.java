package org.crm.enlace.store.derby.internal;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.access.SystemUser;
import org.crm.enlace.core.user.CurrentUser;

/**
 * Whom a store works for: a user of an organization, whose access rule shapes every read and write, or the system,
 * which seeds reference and demo data for every owner.
 *
 * @param name         stamped as author of the changes
 * @param organization the user's organization; {@code null} for the system
 * @param role         the user's role, for the audit log; {@code null} for the system
 */
record Actor(String name, String organization, String role, boolean system) {

	static Actor forUser(CurrentUser user) {
		return new Actor(user.userName(), user.country(), user.role().name(), false);
	}

	static Actor forSystem() {
		return new Actor(SystemUser.NAME, null, null, true);
	}

	boolean mayWrite(String owner) {
		return system || AccessRule.mayWrite(organization, owner);
	}
}
