package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.access.Standing;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The access rule as a pure function: who sees a record of each releasability, and who may write it. */
class AccessRuleTest {

	@ParameterizedTest(name = "{0} record of {1} listing [{2}]: seen by {3}")
	@CsvSource(delimiter = '|', value = {
			// releasability | owner | releasableTo | organizations that see it (of GTM MEX COL XST XOM PER)
			"NETWORK          | GTM | ''              | GTM MEX COL XST XOM PER",
			"NETWORK          | XOM | ''              | GTM MEX COL XST XOM PER",
			"ALL_MEMBERS      | GTM | ''              | GTM MEX XST",
			"ALL_MEMBERS      | XST | ''              | GTM MEX XST",
			"ALL_MEMBERS      | GTM | COL XOM         | GTM MEX XST",
			"ALL_MEMBERS      | COL | ''              | COL GTM MEX XST",
			"LISTED           | GTM | MEX COL XST XOM | GTM MEX COL XST XOM",
			"LISTED           | GTM | COL             | GTM COL",
			"LISTED           | XST | XOM             | XST XOM",
			"LISTED           | GTM | ''              | GTM",
			"SECRETARIAT_ONLY | GTM | ''              | GTM XST",
			"SECRETARIAT_ONLY | XOM | MEX             | XOM XST",
			"OWNER_ONLY       | GTM | MEX XST         | GTM",
			"OWNER_ONLY       | XOM | ''              | XOM" })
	void aUserSeesExactlyWhatTheRuleAllows(Releasability releasability, String owner, String listed, String seenBy) {
		List<String> viewers = List.of(seenBy.split(" "));
		Record record = record(owner, releasability, listed.isBlank() ? List.of() : List.of(listed.split(" ")));
		for (String organization : List.of("GTM", "MEX", "COL", "XST", "XOM", "PER")) {
			for (Role role : Role.values()) {
				CurrentUser user = new CurrentUser("u", organization, role);
				assertEquals(viewers.contains(organization), AccessRule.maySee(user, record),
						organization + " " + role);
			}
		}
	}

	@Test
	void onlyTheOwnersUsersMayWriteWhateverTheirRoleOrTheReleasability() {
		Record released = record("GTM", Releasability.ALL_MEMBERS, List.of());
		for (Role role : Role.values()) {
			assertTrue(AccessRule.mayWrite(new CurrentUser("u", "GTM", role), released));
			assertFalse(AccessRule.mayWrite(new CurrentUser("u", "MEX", role), released));
			assertFalse(AccessRule.mayWrite(new CurrentUser("u", "XST", role), released),
					"not even the Secretariat");
		}
		assertTrue(AccessRule.mayWrite("XST", "XST"));
		assertFalse(AccessRule.mayWrite("XST", null));
	}

	@Test
	void theStandingComesFromTheCatalogueAndTheOwnersCodes() {
		assertEquals(Standing.MEMBER, Standing.of("GTM"));
		assertEquals(Standing.OBSERVER, Standing.of("COL"));
		assertEquals(Standing.SECRETARIAT, Standing.of("XST"));
		assertEquals(Standing.IOM, Standing.of("XOM"));
		assertEquals(Standing.OTHER, Standing.of("CRM"));
		assertEquals(Standing.OTHER, Standing.of("FRA"));
	}

	@Test
	void anUnknownOrganizationSeesOnlyItsOwnAndWhatNamesIt() {
		assertFalse(AccessRule.maySee("FRA", "GTM", Releasability.ALL_MEMBERS, List.of()));
		assertFalse(AccessRule.maySee("FRA", "GTM", Releasability.NETWORK, List.of()));
		assertFalse(AccessRule.maySee("FRA", "GTM", Releasability.SECRETARIAT_ONLY, List.of()));
		assertTrue(AccessRule.maySee("FRA", "GTM", Releasability.LISTED, List.of("FRA")));
		assertTrue(AccessRule.maySee("FRA", "FRA", Releasability.OWNER_ONLY, List.of()));
	}

	@Test
	void aNewRecordIsTheOwnersAloneUntilReleased() {
		ContactPoint fresh = EnlaceFactory.eINSTANCE.createContactPoint();
		fresh.setOwnerCountry("GTM");
		assertEquals(Releasability.OWNER_ONLY, fresh.getReleasability());
		assertFalse(AccessRule.maySee(new CurrentUser("u", "XST", Role.SECRETARIAT), fresh));
	}

	private static Record record(String owner, Releasability releasability, List<String> releasableTo) {
		ContactPoint record = EnlaceFactory.eINSTANCE.createContactPoint();
		record.setOwnerCountry(owner);
		record.setReleasability(releasability);
		record.getReleasableTo().addAll(releasableTo);
		return record;
	}
}
