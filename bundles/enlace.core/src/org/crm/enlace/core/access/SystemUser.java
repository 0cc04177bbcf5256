package org.crm.enlace.core.access;

/**
 * The author the store stamps on what it writes as the system: the reference data (countries, member states'
 * agencies), the demo data set and imports, which belong to many owners at once. No person signs in as the system;
 * the only way to write as it is {@link org.crm.enlace.core.store.RecordStoreFactory#openAfterSeeding}.
 */
public final class SystemUser {

	/** The user name in createdBy and modifiedBy of what the system wrote. */
	public static final String NAME = "enlace.sistema";

	private SystemUser() {
	}
}
