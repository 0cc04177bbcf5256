package org.crm.enlace.compliance;

import java.util.Locale;

import org.crm.enlace.core.store.RecordRepository;

/**
 * One space of the board: something each member country must enter within the 4 months. An OSGi service; each work
 * area registers its own (a DS component), so a later area adds a column without changing the board. When two
 * services share an {@link #id()}, the one with the higher {@link #priority()} counts: the coming specimens area
 * replaces the "not yet available" placeholder of {@code specimens} that way.
 * <p>
 * A rule reads through the user's repository, so it counts only what the user may see: information a country keeps
 * to itself is not "available on the private site", which is what the work plan's indicator asks.
 */
public interface ComplianceSpace {

	/** Stable, machine-readable, e.g. {@code contacts}; printed by {@code ./enlace compliance}. */
	String id();

	/** The column's place on the board, ascending. */
	int order();

	/** Higher wins among services of the same id; placeholders use 0. */
	default int priority() {
		return 1;
	}

	/** The column's title for the user. */
	String label(Locale locale);

	/** What the country has entered of this space. */
	SpaceCheck check(RecordRepository repository, String country, CompliancePeriod period);
}
