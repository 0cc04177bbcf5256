package org.crm.enlace.directory.tests;

import java.time.LocalDate;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.model.EnlaceFactory;

/** Crafted, fictitious test data. */
final class Contacts {

	static final LocalDate TODAY = LocalDate.parse("2026-11-29");

	private Contacts() {
	}

	static ContactPoint valid(String country, ContactRole role) {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setCountry(country);
		contact.setOwnerCountry(country);
		contact.setRole(role);
		contact.setFullName("Persona Ficticia");
		contact.setEmail("enlace@example.org");
		contact.getPhones().add("+50255500000");
		contact.getWorkingLanguages().add("es");
		contact.setValidFrom(TODAY.minusDays(100));
		contact.setLastVerifiedOn(TODAY.minusDays(10));
		return contact;
	}

	static Country country(String code, CountryStatus status) {
		Country country = EnlaceFactory.eINSTANCE.createCountry();
		country.setCode(code);
		country.setStatus(status);
		return country;
	}
}
