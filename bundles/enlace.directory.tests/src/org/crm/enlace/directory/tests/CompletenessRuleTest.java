package org.crm.enlace.directory.tests;

import static org.crm.enlace.directory.tests.Contacts.TODAY;
import static org.crm.enlace.directory.tests.Contacts.country;
import static org.crm.enlace.directory.tests.Contacts.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.directory.CompletenessIssue;
import org.crm.enlace.directory.CompletenessIssue.Kind;
import org.crm.enlace.directory.CompletenessRule;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.CountryStatus;
import org.junit.jupiter.api.Test;

class CompletenessRuleTest {

	@Test
	void aMemberWithBothActiveVerifiedContactsIsComplete() {
		List<ContactPoint> contacts = List.of(valid("GTM", ContactRole.PERMANENT), valid("GTM", ContactRole.ALTERNATE));
		assertTrue(CompletenessRule.check("GTM", contacts, TODAY).isEmpty());
	}

	@Test
	void aMissingAlternateIsReported() {
		List<CompletenessIssue> issues = CompletenessRule.check("BLZ", List.of(valid("BLZ", ContactRole.PERMANENT)),
				TODAY);
		assertEquals(List.of(new CompletenessIssue("BLZ", Kind.MISSING, ContactRole.ALTERNATE)), issues);
	}

	@Test
	void anExpiredContactCountsAsMissing() {
		ContactPoint expired = valid("PAN", ContactRole.ALTERNATE);
		expired.setValidTo(TODAY.minusDays(1));
		List<CompletenessIssue> issues = CompletenessRule.check("PAN",
				List.of(valid("PAN", ContactRole.PERMANENT), expired), TODAY);
		assertEquals(List.of(new CompletenessIssue("PAN", Kind.MISSING, ContactRole.ALTERNATE)), issues);
	}

	@Test
	void aContactValidUntilTodayIsStillActive() {
		ContactPoint lastDay = valid("PAN", ContactRole.ALTERNATE);
		lastDay.setValidTo(TODAY);
		assertTrue(CompletenessRule.isActive(lastDay, TODAY));
	}

	@Test
	void aContactNotYetValidCountsAsMissing() {
		ContactPoint future = valid("MEX", ContactRole.PERMANENT);
		future.setValidFrom(TODAY.plusDays(1));
		List<CompletenessIssue> issues = CompletenessRule.check("MEX",
				List.of(future, valid("MEX", ContactRole.ALTERNATE)), TODAY);
		assertEquals(List.of(new CompletenessIssue("MEX", Kind.MISSING, ContactRole.PERMANENT)), issues);
	}

	@Test
	void verificationOlderThan180DaysIsStaleButExactly180IsNot() {
		ContactPoint stale = valid("HND", ContactRole.PERMANENT);
		stale.setLastVerifiedOn(TODAY.minusDays(181));
		ContactPoint boundary = valid("HND", ContactRole.ALTERNATE);
		boundary.setLastVerifiedOn(TODAY.minusDays(180));
		List<CompletenessIssue> issues = CompletenessRule.check("HND", List.of(stale, boundary), TODAY);
		assertEquals(List.of(new CompletenessIssue("HND", Kind.STALE_VERIFICATION, ContactRole.PERMANENT)), issues);
	}

	@Test
	void aContactNeverVerifiedIsStale() {
		ContactPoint never = valid("CRI", ContactRole.PERMANENT);
		never.setLastVerifiedOn(null);
		assertTrue(CompletenessRule.isStale(never, TODAY));
	}

	@Test
	void aRecentlyVerifiedContactReplacesAnOldOneOfTheSameRole() {
		ContactPoint old = valid("SLV", ContactRole.PERMANENT);
		old.setLastVerifiedOn(TODAY.minusDays(300));
		List<ContactPoint> contacts = List.of(old, valid("SLV", ContactRole.PERMANENT),
				valid("SLV", ContactRole.ALTERNATE));
		assertTrue(CompletenessRule.check("SLV", contacts, TODAY).isEmpty());
	}

	@Test
	void observersOweNothingAndOtherCountriesContactsDoNotCount() {
		List<CompletenessIssue> issues = CompletenessRule.check(
				List.of(country("COL", CountryStatus.OBSERVER), country("NIC", CountryStatus.MEMBER)),
				List.of(valid("GTM", ContactRole.PERMANENT), valid("GTM", ContactRole.ALTERNATE)), TODAY);
		assertEquals(List.of(new CompletenessIssue("NIC", Kind.MISSING, ContactRole.PERMANENT),
				new CompletenessIssue("NIC", Kind.MISSING, ContactRole.ALTERNATE)), issues);
	}

	@Test
	void issuesDescribeThemselvesWithoutPlaceholders() {
		String text = new CompletenessIssue("HND", Kind.STALE_VERIFICATION, ContactRole.PERMANENT).describe();
		assertTrue(text.contains("180") && !text.contains("!") && !text.contains("{"), text);
	}
}
