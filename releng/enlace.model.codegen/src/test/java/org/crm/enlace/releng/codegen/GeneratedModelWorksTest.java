package org.crm.enlace.releng.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.entry.model.EntryFactory;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * The committed generated code works: the data types' create/convert bodies from the .ecore round-trip, and a work
 * area's model extends the shared Record and keeps the store's index annotation at run time.
 */
class GeneratedModelWorksTest {

	@Test
	void localDateRoundTripsThroughItsStringForm() {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setValidFrom(LocalDate.of(2026, 11, 29));
		EDataType localDate = EnlacePackage.Literals.LOCAL_DATE;

		String text = EcoreUtil.convertToString(localDate, contact.getValidFrom());
		assertEquals("2026-11-29", text);
		assertEquals(contact.getValidFrom(), EcoreUtil.createFromString(localDate, text));
		assertNull(EcoreUtil.convertToString(localDate, contact.getValidTo()));
	}

	@Test
	void instantRoundTripsThroughItsStringForm() {
		Instant at = Instant.parse("2026-11-29T08:30:00Z");
		String text = EcoreUtil.convertToString(EnlacePackage.Literals.INSTANT, at);
		assertEquals("2026-11-29T08:30:00Z", text);
		assertEquals(at, EcoreUtil.createFromString(EnlacePackage.Literals.INSTANT, text));
	}

	@Test
	void packageIsRegisteredUnderItsNsUri() {
		assertSame(EnlacePackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://crm-enlace.org/model/1.0"));
	}

	@Test
	void anEntryRuleIsARecordWhoseLookupAttributesAreIndexFields() {
		EntryRule rule = EntryFactory.eINSTANCE.createEntryRule();
		assertTrue(rule instanceof Record);
		assertTrue(EntryPackage.Literals.ENTRY_RULE.getEAllSuperTypes().contains(EnlacePackage.Literals.RECORD));
		for (EAttribute attribute : List.of(EntryPackage.Literals.ENTRY_RULE__DESTINATION,
				EntryPackage.Literals.ENTRY_RULE__NATIONALITY, EntryPackage.Literals.ENTRY_RULE__REQUIREMENT,
				EntryPackage.Literals.ENTRY_RULE__CONFIRMATION_STATUS)) {
			assertNotNull(attribute.getEAnnotation("http://crm-enlace.org/store/index"), attribute.getName());
		}
		assertNull(EntryPackage.Literals.ENTRY_RULE__NOTE.getEAnnotation("http://crm-enlace.org/store/index"));
		assertSame(EnlacePackage.Literals.LOCAL_DATE, EntryPackage.Literals.ENTRY_RULE__EFFECTIVE_FROM.getEAttributeType());
		assertNull(rule.getMaxStayDays(), "no stay given unless the source gives one");
		assertSame(EntryPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://crm-enlace.org/model/entry/1.0"));
	}
}
