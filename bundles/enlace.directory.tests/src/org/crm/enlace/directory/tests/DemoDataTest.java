package org.crm.enlace.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.directory.CompletenessIssue;
import org.crm.enlace.directory.CompletenessIssue.Kind;
import org.crm.enlace.directory.CompletenessRule;
import org.crm.enlace.directory.ContactValidator;
import org.crm.enlace.directory.internal.DirectoryDemoData;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.junit.jupiter.api.Test;

class DemoDataTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));

	@Test
	void demoContactsAreValidFictitiousAndLeaveThreeMembersIncomplete() {
		List<ContactPoint> contacts = new DirectoryDemoData().demoRecords(CLOCK).stream()
				.map(ContactPoint.class::cast)
				.toList();
		contacts.forEach(c -> {
			assertEquals(List.of(), ContactValidator.validate(c, CLOCK.today()), c.getCountry() + " " + c.getRole());
			assertTrue(c.getFullName().contains("Ficti") && c.getEmail().endsWith("@example.org"));
			assertEquals(Releasability.ALL_MEMBERS, c.getReleasability());
			assertEquals(Tlp.GREEN, c.getTlp());
			assertEquals(HandlingCode.H0, c.getHandlingCode());
			assertEquals(ProvenanceKind.MANUAL_ENTRY, c.getProvenanceKind());
			assertEquals("datos de demostración ficticios", c.getProvenance());
		});
		List<Country> countries = CountryCatalog.entries().stream().map(CountryCatalog::newCountry).toList();
		assertEquals(16, countries.size());
		assertEquals(List.of(new CompletenessIssue("BLZ", Kind.MISSING, ContactRole.ALTERNATE),
				new CompletenessIssue("HND", Kind.STALE_VERIFICATION, ContactRole.PERMANENT),
				new CompletenessIssue("PAN", Kind.MISSING, ContactRole.ALTERNATE)),
				CompletenessRule.check(countries, contacts, CLOCK.today()));
	}
}
