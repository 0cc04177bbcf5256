package org.crm.enlace.search.tests;

import java.util.List;
import java.util.UUID;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.SearchHit;

/** Crafted, fictitious records and small helpers over an index. */
final class TestRecords {

	private TestRecords() {
	}

	static ContactPoint contact(String fullName) {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		stamp(contact, "GTM");
		contact.setCountry("GTM");
		contact.setRole(ContactRole.PERMANENT);
		contact.setFullName(fullName);
		return contact;
	}

	static Organization organization(String name, String mandate) {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		stamp(organization, "MEX");
		organization.setName(name);
		organization.setMandate(mandate);
		return organization;
	}

	static Country country(String code, String nameEs, String nameEn, String nameFr) {
		Country country = EnlaceFactory.eINSTANCE.createCountry();
		stamp(country, code);
		country.setCode(code);
		country.setNameEs(nameEs);
		country.setNameEn(nameEn);
		country.setNameFr(nameFr);
		return country;
	}

	static <T extends Record> T stamp(T record, String owner) {
		record.setId(UUID.randomUUID().toString());
		record.setOwnerCountry(owner);
		record.setVersion(1);
		return record;
	}

	/** The ids a search finds, best first. */
	static List<String> ids(FullTextIndex index, String query) {
		return index.search(query, 100).stream().map(SearchHit::id).toList();
	}

	/** Indexes these records, replacing the whole index, as the store does on demand. */
	static void rebuildWith(FullTextIndex index, List<? extends Record> records) {
		index.rebuild(records, records.size(), null, Progress.NONE);
	}
}
