package org.crm.enlace.core.store;

/**
 * Work done as the system while a store opens, before its user gets it: storing reference data (countries, member
 * states' agencies), the demo data set and imports, whose records belong to many owners. The repository given
 * ignores the access rule, sees deleted records' history and stamps changes with
 * {@link org.crm.enlace.core.access.SystemUser#NAME}; it stops working when {@link #seed} returns.
 * <p>
 * Only {@link StoreStartup} (reference and demo data) and import code use this. Parts, views and exports work with
 * the user's store and cannot reach the system's: OSGi code is trusted (see
 * {@link org.crm.enlace.core.access.AccessRule}), so this protects against mistakes, not against a hostile bundle.
 */
@FunctionalInterface
public interface SystemSeeding {

	/** Nothing to seed. */
	SystemSeeding NONE = system -> {
	};

	void seed(RecordRepository system);
}
