package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.crm.enlace.core.store.IndexFields;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.HandlingCode;
import org.junit.jupiter.api.Test;

/** The model's index fields and the query object that uses them. */
class RecordQueryTest {

	@Test
	void theModelDeclaresItsIndexFieldsByAnnotation() {
		assertEquals(List.of(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, EnlacePackage.Literals.CONTACT_POINT__ROLE),
				IndexFields.of(EnlacePackage.Literals.CONTACT_POINT));
		assertEquals(List.of(EnlacePackage.Literals.COUNTRY__CODE), IndexFields.of(EnlacePackage.Literals.COUNTRY));
		assertEquals(List.of(), IndexFields.of(EnlacePackage.Literals.ORGANIZATION));
	}

	@Test
	void aConditionHoldsTheValuesStringFormAndEachMethodGivesANewQuery() {
		RecordQuery all = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT);
		RecordQuery narrowed = all.where(EnlacePackage.Literals.CONTACT_POINT__ROLE, ContactRole.ALTERNATE)
				.ownedBy("GTM").handling(HandlingCode.H1);

		assertEquals("ALTERNATE", narrowed.conditions().getFirst().value());
		assertEquals(Set.of("GTM"), narrowed.owners());
		assertEquals(Set.of(HandlingCode.H1), narrowed.handlingCodes());
		assertTrue(all.conditions().isEmpty() && all.owners().isEmpty(), "the first query is unchanged");
		assertFalse(narrowed.deleted());
		assertTrue(narrowed.deletedOnly().deleted());
	}

	@Test
	void onlyIndexFieldsOfTheType() {
		RecordQuery contacts = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT);
		assertThrows(IllegalArgumentException.class,
				() -> contacts.where(EnlacePackage.Literals.CONTACT_POINT__EMAIL, "a@example.org"));
		assertThrows(IllegalArgumentException.class, () -> contacts.where(EnlacePackage.Literals.COUNTRY__CODE, "GTM"));
	}
}
