package org.crm.enlace.directory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.EnlacePackage;

/** Reads the directory of contact points from the store: one row per country, members first. */
public final class Directory {

	private Directory() {
	}

	public static List<DirectoryRow> rows(RecordRepository repository, LocalDate today) {
		List<Country> countries = repository.findAll(EnlacePackage.Literals.COUNTRY, Country.class);
		List<ContactPoint> contacts = repository.findAll(EnlacePackage.Literals.CONTACT_POINT, ContactPoint.class);
		return countries.stream()
				.sorted(Comparator.comparing(Country::getStatus).thenComparing(Country::getCode))
				.map(country -> row(country, contacts, today))
				.toList();
	}

	/** The contacts entered for a country, active or not, permanent first. */
	public static List<ContactPoint> contactsOf(RecordRepository repository, String country) {
		return repository.findAll(EnlacePackage.Literals.CONTACT_POINT, ContactPoint.class).stream()
				.filter(c -> country.equals(c.getCountry()))
				.sorted(Comparator.comparing(ContactPoint::getRole))
				.toList();
	}

	private static DirectoryRow row(Country country, List<ContactPoint> contacts, LocalDate today) {
		String code = country.getCode();
		List<CompletenessIssue> issues = country.getStatus() == org.crm.enlace.model.CountryStatus.MEMBER
				? CompletenessRule.check(code, contacts, today)
				: List.of();
		return new DirectoryRow(country,
				CompletenessRule.activeContact(code, ContactRole.PERMANENT, contacts, today),
				CompletenessRule.activeContact(code, ContactRole.ALTERNATE, contacts, today),
				issues);
	}
}
