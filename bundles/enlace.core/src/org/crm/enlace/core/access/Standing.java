package org.crm.enlace.core.access;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.model.CountryStatus;

/** How the network counts an organization (a user's "country") when deciding what its users may see. */
public enum Standing {
	/** A member state of the conference. */
	MEMBER,
	/** An observer state: sees only what is released to it by name. */
	OBSERVER,
	/** The Technical Secretariat ({@value Owners#SECRETARIAT}). */
	SECRETARIAT,
	/** IOM ({@value Owners#IOM}): like an observer, sees only what is released to it by name. */
	IOM,
	/** Any other code: sees only its own records and those released to it by name. */
	OTHER;

	/** @param organization an ISO 3166-1 alpha-3 code of the catalogue, or one of {@link Owners#codes()} */
	public static Standing of(String organization) {
		if (Owners.SECRETARIAT.equals(organization)) {
			return SECRETARIAT;
		}
		if (Owners.IOM.equals(organization)) {
			return IOM;
		}
		return CountryCatalog.find(organization)
				.map(entry -> entry.status() == CountryStatus.MEMBER ? MEMBER : OBSERVER)
				.orElse(OTHER);
	}
}
