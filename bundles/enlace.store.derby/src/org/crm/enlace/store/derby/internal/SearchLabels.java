package org.crm.enlace.store.derby.internal;

import java.util.HashSet;
import java.util.Set;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.VisibilityLabels;

/**
 * The access rule ({@link AccessRule}) as labels of the full-text index: a record is indexed with labels for who may
 * see it, a user searches among the labels of the user's organization, so that a search is not cut short by hits the
 * user may not see. A speed-up only: every hit is checked again by the store's SQL ({@link Visibility}).
 */
final class SearchLabels implements VisibilityLabels {

	private static final String NETWORK = "network";
	private static final String ALL_MEMBERS = "all-members";
	private static final String SECRETARIAT = "secretariat";

	@Override
	public Set<String> of(Record record) {
		Set<String> labels = new HashSet<>();
		labels.add(owner(record.getOwnerCountry()));
		switch (record.getReleasability()) {
		case NETWORK -> labels.add(NETWORK);
		case ALL_MEMBERS -> labels.add(ALL_MEMBERS);
		case LISTED -> record.getReleasableTo().forEach(organization -> labels.add(listed(organization)));
		case SECRETARIAT_ONLY -> labels.add(SECRETARIAT);
		case OWNER_ONLY -> {
			// the owner's label only
		}
		}
		return labels;
	}

	/** The labels of what a user of this organization may see, branch by branch as in AccessRule.maySee. */
	static Set<String> of(String organization) {
		Set<String> labels = new HashSet<>(Set.of(owner(organization), listed(organization)));
		if (AccessRule.seesReleasedToNetwork(organization)) {
			labels.add(NETWORK);
		}
		if (AccessRule.seesReleasedToAllMembers(organization)) {
			labels.add(ALL_MEMBERS);
		}
		if (AccessRule.seesReleasedToSecretariat(organization)) {
			labels.add(SECRETARIAT);
		}
		return labels;
	}

	private static String owner(String organization) {
		return "owner:" + organization;
	}

	private static String listed(String organization) {
		return "to:" + organization;
	}
}
