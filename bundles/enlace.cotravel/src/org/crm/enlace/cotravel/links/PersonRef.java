package org.crm.enlace.cotravel.links;

import java.util.Comparator;

/**
 * One person of a co-travel alert, as linkage and link decisions name it: the alert's record id, the role and the
 * 1-based position among the alert's adults or children. Stable as long as the alert's persons keep their order,
 * and it says nothing about the person, so it may appear where persons' data may not (logs, decisions' keys).
 */
public record PersonRef(String alertId, Role role, int position) implements Comparable<PersonRef> {

	/** Where in the alert the person travels. */
	public enum Role {
		ADULT, CHILD
	}

	private static final Comparator<PersonRef> ORDER = Comparator.comparing(PersonRef::alertId)
			.thenComparing(PersonRef::role).thenComparingInt(PersonRef::position);

	/** Reads what {@link #toString()} writes, e.g. {@code 6f1c…:child:2}. */
	public static PersonRef parse(String text) {
		int second = text.lastIndexOf(':');
		int first = text.lastIndexOf(':', second - 1);
		if (first <= 0 || second < 0) {
			throw new IllegalArgumentException("not a person reference");
		}
		return new PersonRef(text.substring(0, first),
				Role.valueOf(text.substring(first + 1, second).toUpperCase(java.util.Locale.ROOT)),
				Integer.parseInt(text.substring(second + 1)));
	}

	@Override
	public String toString() {
		return alertId + ':' + role.name().toLowerCase(java.util.Locale.ROOT) + ':' + position;
	}

	@Override
	public int compareTo(PersonRef other) {
		return ORDER.compare(this, other);
	}
}
