package org.crm.enlace.core.seed;

import org.crm.enlace.core.store.RecordRepository;

/**
 * An OSGi service through which a work area loads a large set of real records into every store as the system, while
 * the store opens (after the reference data, before any demo data): the entry-authorization matrix's rules, say.
 * Unlike a {@link ReferenceDataContributor}, whose records are compared with the store one by one at every start, an
 * import checks cheaply whether the store needs it and stores what it adds in one transaction.
 */
public interface StartupImport {

	/**
	 * Runs at every start with the system's repository ({@link org.crm.enlace.core.store.SystemSeeding}). Returns
	 * quickly when the store holds the data already, and never overwrites what a user changed.
	 *
	 * @return how many records were stored
	 */
	int importInto(RecordRepository system);

	/**
	 * What the import stores, in the user's language, for the window that shows a start's progress (e.g. "the
	 * entry-authorization matrix").
	 */
	String title();
}
