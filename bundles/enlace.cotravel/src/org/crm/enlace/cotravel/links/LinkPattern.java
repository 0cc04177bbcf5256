package org.crm.enlace.cotravel.links;

import java.util.List;

/**
 * A person (a cluster of linked persons) seen in several alerts in a way that calls for a look: an adult with
 * different children, or a child with different adults.
 *
 * @param person    every reference of the person, in order
 * @param alertIds  the alerts where the person travels in the pattern's role, the earliest first
 * @param companions how many different persons travelled with them in the other role across those alerts
 */
public record LinkPattern(Kind kind, List<PersonRef> person, List<String> alertIds, int companions) {

	public enum Kind {
		/** The same adult seen with different children. */
		ADULT_WITH_DIFFERENT_CHILDREN,
		/** The same child seen with different adults. */
		CHILD_WITH_DIFFERENT_ADULTS
	}
}
