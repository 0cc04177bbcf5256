package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.crm.enlace.search.tests.TestRecords.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexes;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text comes from every String attribute of any record class, read from the model, with no code per class. */
class TextExtractionTest {

	@TempDir
	Path folder;

	private FullTextIndex index;

	@BeforeEach
	void open() {
		index = FullTextIndexes.open(folder, KEY);
	}

	@AfterEach
	void close() {
		index.close();
	}

	@Test
	void everyStringAttributeOfTheModelsClassesIsSearchable() {
		Country country = TestRecords.country("BLZ", "Belice", "Belize", "Bélize");
		Organization organization = TestRecords.organization("Instituto Nacional de Migración",
				"Coordina el retorno asistido de niñas y niños no acompañados");
		organization.setAcronym("INM");
		ContactPoint contact = TestRecords.contact("Beatriz Quiñónez Ficticia");
		contact.setTitle("Fiscal especializada");
		contact.setAgency("Fiscalía contra la Trata de Personas");
		contact.setEmail("bquinonez@example.org");
		contact.getPhones().addAll(List.of("+50255510001", "+50255510002"));
		TestRecords.rebuildWith(index, List.of(country, organization, contact));

		assertEquals(List.of(country.getId()), ids(index, "belice"));
		assertEquals(List.of(country.getId()), ids(index, "Belize"));
		assertEquals(List.of(country.getId()), ids(index, "BELIZE"));
		assertEquals(List.of(organization.getId()), ids(index, "inm"));
		assertEquals(List.of(organization.getId()), ids(index, "acompañados retorno"));
		assertEquals(List.of(contact.getId()), ids(index, "quinonez"));
		assertEquals(List.of(contact.getId()), ids(index, "fiscal"));
		assertEquals(List.of(contact.getId()), ids(index, "trata"));
		assertEquals(List.of(contact.getId()), ids(index, "\"bquinonez@example.org\""));
		// both values of a many-valued attribute
		assertEquals(List.of(contact.getId()), ids(index, "50255510001"));
		assertEquals(List.of(contact.getId()), ids(index, "50255510002"));
	}

	@Test
	void theIdIsNotText() {
		Country country = TestRecords.country("CRI", "Costa Rica", "Costa Rica", "Costa Rica");
		TestRecords.rebuildWith(index, List.of(country));

		assertEquals(List.of(country.getId()), ids(index, "costa"));
		assertEquals(List.of(), ids(index, "\"" + country.getId() + "\""));
	}

	/**
	 * A class no code of this bundle knows, as a member state's bundle might add: a case file that contains notes.
	 * The notes' text is found through the case file, and an attribute marked {@code index=false} is not.
	 */
	@Test
	void containedObjectsOfAClassFromAnotherPackageAreSearchableToo() {
		CaseFileModel model = new CaseFileModel();
		Record caseFile = model.caseFile("Expediente ficticio 12");
		model.addNote(caseFile, "Testigo de apellido Zúñiga", List.of("frontera sur", "lancha"),
				"palabraclaveinterna");
		Record unrelated = TestRecords.organization("Consulado general", null);
		TestRecords.rebuildWith(index, List.of(caseFile, unrelated));

		assertEquals(List.of(caseFile.getId()), ids(index, "expediente"));
		assertEquals(List.of(caseFile.getId()), ids(index, "ZUNIGA"));
		assertEquals(List.of(caseFile.getId()), ids(index, "lancha"));
		assertEquals(List.of(caseFile.getId()), ids(index, "\"frontera sur\""));
		assertEquals(List.of(), ids(index, "palabraclaveinterna"));
	}

	/** A dynamic EPackage: CaseFile extends Organization (so it is a Record) and contains Notes. */
	private static final class CaseFileModel {

		private final EClass caseFileClass;
		private final EClass noteClass;
		private final EReference notes;

		CaseFileModel() {
			EcoreFactory ecore = EcoreFactory.eINSTANCE;
			EPackage ePackage = ecore.createEPackage();
			ePackage.setName("casefiles");
			ePackage.setNsPrefix("casefiles");
			ePackage.setNsURI("http://example.org/enlace/test/casefiles");

			noteClass = ecore.createEClass();
			noteClass.setName("Note");
			noteClass.getEStructuralFeatures().add(attribute("text", false));
			noteClass.getEStructuralFeatures().add(attribute("places", true));
			EAttribute hidden = attribute("internalKeyword", false);
			EAnnotation notIndexed = ecore.createEAnnotation();
			notIndexed.setSource("http://crm-enlace.org/search");
			notIndexed.getDetails().put("index", "false");
			hidden.getEAnnotations().add(notIndexed);
			noteClass.getEStructuralFeatures().add(hidden);

			caseFileClass = ecore.createEClass();
			caseFileClass.setName("CaseFile");
			caseFileClass.getESuperTypes().add(EnlacePackage.Literals.ORGANIZATION);
			notes = ecore.createEReference();
			notes.setName("notes");
			notes.setEType(noteClass);
			notes.setContainment(true);
			notes.setUpperBound(-1);
			caseFileClass.getEStructuralFeatures().add(notes);

			ePackage.getEClassifiers().addAll(List.of(noteClass, caseFileClass));
		}

		Record caseFile(String name) {
			Record caseFile = (Record) EcoreUtil.create(caseFileClass);
			TestRecords.stamp(caseFile, "GTM");
			((Organization) caseFile).setName(name);
			return caseFile;
		}

		@SuppressWarnings("unchecked")
		void addNote(Record caseFile, String text, List<String> places, String internalKeyword) {
			EObject note = EcoreUtil.create(noteClass);
			note.eSet(noteClass.getEStructuralFeature("text"), text);
			((EList<String>) note.eGet(noteClass.getEStructuralFeature("places"))).addAll(places);
			note.eSet(noteClass.getEStructuralFeature("internalKeyword"), internalKeyword);
			((EList<EObject>) caseFile.eGet(notes)).add(note);
		}

		private static EAttribute attribute(String name, boolean many) {
			EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
			attribute.setName(name);
			attribute.setEType(EcorePackage.Literals.ESTRING);
			attribute.setUpperBound(many ? -1 : 1);
			return attribute;
		}
	}
}
