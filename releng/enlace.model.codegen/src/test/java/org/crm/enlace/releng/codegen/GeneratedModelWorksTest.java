package org.crm.enlace.releng.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDate;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** The committed generated code works: the data types' create/convert bodies from the .ecore round-trip. */
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
}
