package org.crm.enlace.records.tests;

import java.time.Instant;
import java.util.Locale;

import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Crafted, fictitious test data. */
final class Records {

	static final Locale ES = Locale.of("es");
	static final Locale EN = Locale.of("en");
	static final Locale FR = Locale.of("fr");
	static final Instant T1 = Instant.parse("2026-11-20T09:15:30.123456Z");
	static final Instant T2 = Instant.parse("2026-11-29T12:00:00Z");

	private Records() {
	}

	static ContactPoint contact() {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setId("00000000-0000-4000-8000-000000000001");
		contact.setOwnerCountry("GTM");
		contact.setCountry("GTM");
		contact.setRole(ContactRole.PERMANENT);
		contact.setFullName("Persona Ficticia");
		contact.setTitle("Directora (ficticia)");
		contact.setAgency("Instituto Ficticio de Migración");
		contact.setEmail("enlace@example.org");
		contact.getPhones().add("+50255500000");
		contact.setTlp(Tlp.GREEN);
		contact.setReleasability(Releasability.ALL_MEMBERS);
		contact.setVersion(1);
		contact.setModifiedAt(T1);
		contact.setModifiedBy("gtm.liaison");
		return contact;
	}

	/** A copy as the store would hand out the next version: new stamps, same content. */
	static <T extends Record> T nextVersion(T record, Instant at, String by) {
		T next = EcoreUtil.copy(record);
		next.setVersion(record.getVersion() + 1);
		next.setModifiedAt(at);
		next.setModifiedBy(by);
		return next;
	}

	static RecordVersion version(Record record, Operation operation) {
		return new RecordVersion(record.getVersion(), record.getModifiedAt(), record.getModifiedBy(), operation, false,
				record);
	}

	/** The skeleton a scrubbed record keeps: id, owner, stamps and marking, no content. */
	static RecordVersion scrubbed(Record record, Operation operation) {
		Record skeleton = EnlaceFactory.eINSTANCE.createContactPoint();
		skeleton.setId(record.getId());
		skeleton.setOwnerCountry(record.getOwnerCountry());
		skeleton.setVersion(record.getVersion());
		skeleton.setModifiedAt(record.getModifiedAt());
		skeleton.setModifiedBy(record.getModifiedBy());
		skeleton.setTlp(record.getTlp());
		return new RecordVersion(record.getVersion(), record.getModifiedAt(), record.getModifiedBy(), operation, true,
				skeleton);
	}

	/**
	 * A record class of a package this bundle knows nothing about, as a member state might add: a route with names
	 * in two languages, a description and many waypoints.
	 */
	static EClass trafficRoute() {
		EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
		ePackage.setName("routes");
		ePackage.setNsPrefix("ficticio");
		ePackage.setNsURI("http://example.org/enlace/test/routes");
		ePackage.setEFactoryInstance(new DynamicFactory());
		EClass route = EcoreFactory.eINSTANCE.createEClass();
		route.setName("TrafficRoute");
		route.getESuperTypes().add(org.crm.enlace.model.EnlacePackage.Literals.RECORD);
		route.getEStructuralFeatures().add(attribute("nameEs", false));
		route.getEStructuralFeatures().add(attribute("nameEn", false));
		route.getEStructuralFeatures().add(attribute("description", false));
		route.getEStructuralFeatures().add(attribute("waypoints", true));
		ePackage.getEClassifiers().add(route);
		return route;
	}

	static EAttribute feature(EObject object, String name) {
		return (EAttribute) object.eClass().getEStructuralFeature(name);
	}

	/*
	 * EMF's default factory makes an instance of a dynamic class through its first generated supertype, and Record is
	 * abstract: these objects are wholly dynamic instead.
	 */
	private static final class DynamicFactory extends EFactoryImpl {
		@Override
		public EObject create(EClass eClass) {
			return basicCreate(eClass);
		}
	}

	private static EAttribute attribute(String name, boolean many) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(EcorePackage.Literals.ESTRING);
		attribute.setUpperBound(many ? -1 : 1);
		return attribute;
	}
}
