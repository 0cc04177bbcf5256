package org.crm.enlace.core.user;

import java.util.List;

/**
 * The roles of the network's users. The role decides which perspectives a user sees; the perspective ids are the ones
 * declared in the application model of {@code enlace.app}.
 */
public enum Role {
	LIAISON_OFFICER("enlace.perspective.liaison"),
	ANALYST("enlace.perspective.analyst"),
	SECRETARIAT("enlace.perspective.secretariat", "enlace.perspective.liaison", "enlace.perspective.analyst"),
	PRO_TEMPORE_PRESIDENCY("enlace.perspective.ppt", "enlace.perspective.secretariat"),
	TRAINING_COORDINATOR("enlace.perspective.training"),
	CAMPAIGN_COORDINATOR("enlace.perspective.campaigns");

	private final List<String> perspectiveIds;

	Role(String... perspectiveIds) {
		this.perspectiveIds = List.of(perspectiveIds);
	}

	/** The perspectives this role may open; the first one is shown at start. */
	public List<String> perspectiveIds() {
		return perspectiveIds;
	}

	/**
	 * Whether users of this role create and remove accounts (the Secretariat any, a liaison officer its country's):
	 * a node's first account must have such a role, or nobody could ever add the second.
	 */
	public boolean administersAccounts() {
		return this == SECRETARIAT || this == LIAISON_OFFICER;
	}

	/** Parses a role name case-insensitively, accepting '-' for '_' as typed on a command line. */
	public static Role parse(String text) {
		return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}
}
