package org.crm.enlace.search;

import java.util.Set;

/**
 * Where the index and the store disagree.
 *
 * @param toReindex ids of stored records that the index lacks or holds at another version
 * @param toRemove  ids the index holds that the store does not
 */
public record IndexDrift(Set<String> toReindex, Set<String> toRemove) {

	public IndexDrift {
		toReindex = Set.copyOf(toReindex);
		toRemove = Set.copyOf(toRemove);
	}

	public boolean isEmpty() {
		return toReindex.isEmpty() && toRemove.isEmpty();
	}
}
