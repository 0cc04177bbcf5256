package org.crm.enlace.jtf;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.jtf.model.JtfFactory;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.model.Tlp;

/** Creating national commissions with the area's default marking. */
public final class Commissions {

	private Commissions() {
	}

	/**
	 * A commission owned by its country, not yet marked as working in coordination, marked TLP GREEN and released
	 * to the member countries and the Secretariat, who follow the indicator together.
	 */
	public static NationalCommission newCommission(String country, String name) {
		NationalCommission commission = JtfFactory.eINSTANCE.createNationalCommission();
		Markings.sharedWithMembers(commission, country, Tlp.GREEN);
		commission.setCountry(country);
		commission.setName(name);
		return commission;
	}

	/** Whether the code is a member country of the conference (observers have no commission in the indicator). */
	public static boolean isMember(String country) {
		return CountryCatalog.find(country).filter(entry -> entry.status() == CountryStatus.MEMBER).isPresent();
	}
}
