package org.crm.enlace.records.tests;

import static org.crm.enlace.records.tests.Records.EN;
import static org.crm.enlace.records.tests.Records.ES;
import static org.crm.enlace.records.tests.Records.FR;
import static org.crm.enlace.records.tests.Records.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.records.RecordSummary;
import org.crm.enlace.compliance.model.CompliancePackage;
import org.crm.enlace.records.internal.Messages;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class RecordSummaryTest {

	@Test
	void aContactPointReadsAsItsTypeAndItsFirstTellingValues() {
		ContactPoint contact = Records.contact();
		assertEquals("GTM — Persona Ficticia — Directora (ficticia)", RecordSummary.of(contact, ES));
		assertEquals("Punto de contacto: GTM — Persona Ficticia — Directora (ficticia)",
				RecordSummary.label(contact, ES));
		assertEquals("Contact point: GTM — Persona Ficticia — Directora (ficticia)", RecordSummary.label(contact, EN));
		assertEquals("Point de contact", RecordNames.type(contact.eClass(), FR));
	}

	@Test
	void emptyValuesAreSkippedAndTheMarkingAndStampsNeverCount() {
		ContactPoint contact = Records.contact();
		contact.setTitle(" ");
		contact.setFullName(null);
		contact.setAuthor("autor ficticio");
		contact.setProvenance("documento ficticio");
		assertEquals("GTM — Instituto Ficticio de Migración — enlace@example.org", RecordSummary.of(contact, ES));
	}

	@Test
	void ofNamesInSeveralLanguagesOnlyTheUsersOneIsTaken() {
		Country country = EnlaceFactory.eINSTANCE.createCountry();
		country.setCode("BLZ");
		country.setNameEs("Belice");
		country.setNameEn("Belize");
		country.setNameFr("Belize (fr)");
		assertEquals("BLZ — Belice", RecordSummary.of(country, ES));
		assertEquals("BLZ — Belize", RecordSummary.of(country, EN));
		assertEquals("BLZ — Belize (fr)", RecordSummary.of(country, FR));
		country.setNameEn(null);
		assertEquals("BLZ — Belice", RecordSummary.of(country, EN), "Spanish, the default, when English is missing");
	}

	@Test
	void longValuesAreShortenedAndAtMostThreeAreShown() {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		organization.setAcronym("IFM");
		organization.setName("Instituto Ficticio de Migración y de Muchas Otras Cosas con un Nombre Larguísimo");
		organization.setCountry("GTM");
		organization.setMandate("Mandato ficticio");
		String summary = RecordSummary.of(organization, ES);
		List<String> parts = List.of(summary.split(" — "));
		assertEquals(3, parts.size(), summary);
		assertEquals(60, parts.get(1).length(), summary);
		assertTrue(parts.get(1).endsWith("…"), summary);
	}

	@Test
	void aRecordWithoutContentHasAnEmptySummaryAndItsTypeAsLabel() {
		ContactPoint skeleton = EnlaceFactory.eINSTANCE.createContactPoint();
		skeleton.setId("00000000-0000-4000-8000-000000000002");
		skeleton.setOwnerCountry("GTM");
		assertEquals("", RecordSummary.of(skeleton, ES));
		assertEquals("Punto de contacto", RecordSummary.label(skeleton, ES));
	}

	@Test
	void aClassOfAnotherPackageIsSummarizedGenericallyAndNamedInWords() {
		EClass routeClass = Records.trafficRoute();
		EObject route = EcoreUtil.create(routeClass);
		route.eSet(feature(route, "nameEs"), "Ruta ficticia del norte");
		route.eSet(feature(route, "nameEn"), "Fictitious northern route");
		route.eSet(feature(route, "description"), "Descripción ficticia");
		route.eSet(feature(route, "ownerCountry"), "GTM");
		assertEquals("Traffic route: Ruta ficticia del norte — Descripción ficticia", RecordSummary.label(route, ES));
		assertEquals("Fictitious northern route — Descripción ficticia", RecordSummary.of(route, EN));
		assertEquals("Name en", RecordNames.attribute(feature(route, "nameEn"), ES));
	}

	@Test
	void aWorkAreasModelBringsItsOwnNamesInEachLanguage() {
		EClass approval = CompliancePackage.Literals.SPACE_APPROVAL;
		assertEquals("Aprobación del espacio privado", RecordNames.type(approval, ES));
		assertEquals("Approval of the private space", RecordNames.type(approval, EN));
		assertEquals("Approuvé le", RecordNames.attribute(CompliancePackage.Literals.SPACE_APPROVAL__APPROVED_ON, FR));
		assertTrue(RecordNames.isNamed(approval, EN));
		assertEquals("Nota", RecordNames.attribute(CompliancePackage.Literals.SPACE_APPROVAL__NOTE, ES));
		assertFalse(RecordNames.isNamed(Records.trafficRoute(), ES), "a package built at run time has no names");
	}

	/* The releng translation check keeps _en and _fr in step with the base file; this keeps the base with the model. */
	@Test
	void everyClassAndAttributeOfTheSharedModelHasAName() {
		List<String> missing = new ArrayList<>();
		for (EClassifier classifier : EnlacePackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				expect("type.enlace." + type.getName(), missing);
				type.getEAttributes()
						.forEach(a -> expect("attribute.enlace." + type.getName() + "." + a.getName(), missing));
			}
		}
		assertEquals(List.of(), missing);
	}

	private static void expect(String key, List<String> missing) {
		if (Messages.find(key, ES).isEmpty()) {
			missing.add(key);
		}
	}
}
