package org.crm.enlace.entry;

import java.util.List;

import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;

/**
 * The CA-4 free-mobility area (Guatemala, El Salvador, Honduras, Nicaragua): nationals of one of the four enter the
 * others on their national identity card under the Convenio Centroamericano de Libre Movilidad (2006). Scraped data
 * shows visa-free day counts there; an import corrects such a rule and says why in it.
 */
public final class Ca4 {

	public static final List<String> COUNTRIES = List.of("GTM", "SLV", "HND", "NIC");

	/** Record content, the same on every node whatever its language: it stays as the agreement is named. */
	public static final String LEGAL_BASIS = "Convenio Centroamericano de Libre Movilidad (CA-4), 2006";

	private Ca4() {
	}

	/** True for a national of one CA-4 country entering another. */
	public static boolean applies(String nationality, String destination) {
		return !nationality.equals(destination) && COUNTRIES.contains(nationality) && COUNTRIES.contains(destination);
	}

	/** Makes an imported rule travel on the national identity card, keeping what the source said in its note. */
	static void correct(EntryRule rule, String sourceValue) {
		rule.setRequirement(Requirement.NATIONAL_ID);
		rule.setMaxStayDays(null);
		rule.setLegalBasis(LEGAL_BASIS);
		rule.setNote("Corregido al importar: la fuente indica \u00ab" + sourceValue + "\u00bb, pero los nacionales de"
				+ " Guatemala, El Salvador, Honduras y Nicaragua entran en los otros tres países del CA-4 con su"
				+ " documento nacional de identidad (" + LEGAL_BASIS + ").");
	}
}
