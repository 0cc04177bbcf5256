package org.crm.enlace.store.derby.internal;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.model.Releasability;

/**
 * The access rule ({@link AccessRule}) as SQL conditions on RECORDS and RECORD_HISTORY, for one actor. Every read of
 * the store goes through one of these, so a query returns only what the user may see whatever else it asks. The
 * branches follow AccessRule.maySee one to one; the store's matrix test holds them to it.
 */
final class Visibility {

	private final Actor actor;

	Visibility(Actor actor) {
		this.actor = actor;
	}

	/** A live record (alias {@code r} of RECORDS) that the actor may see. */
	SqlCondition live(String r) {
		return SqlCondition.of(r + ".DELETED = FALSE").and(record(r));
	}

	/** A deleted record that the actor may see: the owner's own only. */
	SqlCondition deleted(String r) {
		SqlCondition deleted = SqlCondition.of(r + ".DELETED = TRUE");
		return actor.system() ? deleted : deleted.and(SqlCondition.of(r + ".OWNER = ?", actor.organization()));
	}

	/** A record the actor may see, live or, when the actor's organization owns it, deleted. */
	SqlCondition liveOrOwnDeleted(String r) {
		if (actor.system()) {
			return SqlCondition.ALWAYS;
		}
		return SqlCondition.of("(" + r + ".DELETED = FALSE OR " + r + ".OWNER = ?)", actor.organization())
				.and(record(r));
	}

	/** A version (alias {@code h} of RECORD_HISTORY) that the actor could see under that version's releasability. */
	SqlCondition version(String h) {
		return rule(h + ".OWNER", h + ".RELEASABILITY", h + ".RECORD_ID", h + ".VERSION");
	}

	private SqlCondition record(String r) {
		return rule(r + ".OWNER", r + ".RELEASABILITY", r + ".ID", r + ".VERSION");
	}

	/* The rule on the columns of one version; RECORD_RELEASE holds the organizations listed by each version. */
	private SqlCondition rule(String owner, String releasability, String id, String version) {
		if (actor.system()) {
			return SqlCondition.ALWAYS;
		}
		String organization = actor.organization();
		StringBuilder text = new StringBuilder("(").append(owner).append(" = ?");
		if (AccessRule.seesReleasedToNetwork(organization)) {
			text.append(" OR ").append(releasability).append(" = '").append(Releasability.NETWORK.getName())
					.append('\'');
		}
		if (AccessRule.seesReleasedToAllMembers(organization)) {
			text.append(" OR ").append(releasability).append(" = '").append(Releasability.ALL_MEMBERS.getName())
					.append('\'');
		}
		if (AccessRule.seesReleasedToSecretariat(organization)) {
			text.append(" OR ").append(releasability).append(" = '")
					.append(Releasability.SECRETARIAT_ONLY.getName()).append('\'');
		}
		text.append(" OR (").append(releasability).append(" = '").append(Releasability.LISTED.getName())
				.append("' AND EXISTS (SELECT 1 FROM RECORD_RELEASE L WHERE L.RECORD_ID = ").append(id)
				.append(" AND L.VERSION = ").append(version).append(" AND L.ORGANIZATION = ?)))");
		return SqlCondition.of(text.toString(), organization, organization);
	}
}
