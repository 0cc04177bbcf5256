package org.crm.enlace.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.InformationAccuracy;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.OrganizationKind;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.SourceReliability;
import org.crm.enlace.model.Tlp;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil.EqualityHelper;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** What the store tests share: the store service, a settable clock, a user and sample records (all fictitious). */
final class TestSupport {

	static final CurrentUser USER = new CurrentUser("ana.perez", "GTM", Role.LIAISON_OFFICER);
	/** Another user of the same organization: the only kind that may change USER's records. */
	static final CurrentUser OTHER_USER = new CurrentUser("luc.martin", "GTM", Role.ANALYST);
	/** The keys every test store is encrypted with, unless a test needs others. */
	static final NodeKeys KEYS = NodeKeys.generate();
	static final Instant START = Instant.parse("2026-03-02T14:15:16.123456789Z");

	/** The stamps the store sets, which a round trip must change and nothing else. */
	private static final Set<EStructuralFeature> STAMPS = Set.of(EnlacePackage.Literals.RECORD__ID,
			EnlacePackage.Literals.RECORD__VERSION, EnlacePackage.Literals.RECORD__CREATED_AT,
			EnlacePackage.Literals.RECORD__CREATED_BY, EnlacePackage.Literals.RECORD__MODIFIED_AT,
			EnlacePackage.Literals.RECORD__MODIFIED_BY);

	private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(10);

	private static ServiceTracker<RecordStoreFactory, RecordStoreFactory> tracker;

	private TestSupport() {
	}

	/**
	 * The factory as other bundles get it: from the service registry, where only Declarative Services can have put it.
	 * The tracker stays open for the whole run, so the component is not deactivated between tests.
	 */
	static synchronized RecordStoreFactory factoryService() throws InterruptedException {
		if (tracker == null) {
			BundleContext context = FrameworkUtil.getBundle(TestSupport.class).getBundleContext();
			tracker = new ServiceTracker<>(context, RecordStoreFactory.class, null);
			tracker.open();
		}
		RecordStoreFactory factory = tracker.waitForService(SERVICE_TIMEOUT.toMillis());
		assertNotNull(factory, "no RecordStoreFactory service within " + SERVICE_TIMEOUT);
		return factory;
	}

	/** Stores records of any owner as the system, then closes the store: how tests set up other owners' records. */
	static List<Record> seed(Path data, Clock clock, List<? extends Record> records) throws InterruptedException {
		List<List<Record>> saved = new ArrayList<>();
		factoryService().openAfterSeeding(data, USER, TestSupport.KEYS, clock, system -> saved.add(system.saveAll(records))).close();
		return saved.getFirst();
	}

	/** A contact point of the given owner and marking, with values that say whose it is. */
	static ContactPoint marked(String owner, Releasability releasability, String... releasableTo) {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setOwnerCountry(owner);
		contact.setCountry("HND");
		contact.setRole(ContactRole.PERMANENT);
		contact.setFullName("Persona Ficticia de " + owner);
		contact.setReleasability(releasability);
		contact.getReleasableTo().addAll(List.of(releasableTo));
		return contact;
	}

	/** A clock the test moves by hand. */
	static final class TestClock implements Clock {

		private Instant now = START;

		@Override
		public Instant now() {
			return now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}
	}

	static Country country() {
		Country country = EnlaceFactory.eINSTANCE.createCountry();
		country.setCode("GTM");
		country.setOwnerCountry("GTM");
		country.setNameEs("Guatemala");
		country.setNameEn("Guatemala");
		country.setNameFr("Guatemala");
		country.setStatus(CountryStatus.OBSERVER);
		return country;
	}

	static Organization organization() {
		Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
		organization.setOwnerCountry("GTM");
		organization.setAcronym("DGME");
		organization.setName("Dirección General de Migración y Extranjería");
		organization.setCountry("CRI");
		organization.setKind(OrganizationKind.MIGRATION_AUTHORITY);
		// Characters that XML must escape, and a line break, to be kept as they are.
		organization.setMandate("Controla <entradas> & \"salidas\";\nemite 'documentos'.");
		return organization;
	}

	static ContactPoint contactPoint() {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setOwnerCountry("GTM");
		contact.setCountry("HND");
		// Every marking of a record, set to values other than the defaults.
		contact.setAuthor("Oficina de enlace ficticia");
		contact.setHandlingCode(HandlingCode.H2);
		contact.setTlp(Tlp.AMBER_STRICT);
		contact.setReleasability(Releasability.LISTED);
		contact.getReleasableTo().addAll(List.of("MEX", "XST"));
		contact.setSourceReliability(SourceReliability.B);
		contact.setInformationAccuracy(InformationAccuracy.ACCURACY_2);
		contact.setProvenanceKind(ProvenanceKind.DOCUMENT);
		contact.setProvenance("Oficio ficticio 12/2026");
		contact.setRetentionUntil(LocalDate.of(2031, 12, 31));
		contact.setRole(ContactRole.ALTERNATE);
		contact.setFullName("María José Núñez Ejemplo");
		contact.setTitle("Subdirectora");
		contact.setAgency("Instituto Nacional de Migración");
		contact.setEmail("mj.nunez@example.org");
		// Not in sorted order, so that a store that sorted them would show.
		contact.getPhones().addAll(List.of("+50499990000", "+50422220000"));
		contact.getWorkingLanguages().addAll(List.of("fr", "es", "en"));
		contact.setValidFrom(LocalDate.of(2025, 1, 15));
		contact.setValidTo(LocalDate.of(2027, 12, 31));
		contact.setLastVerifiedOn(LocalDate.of(2026, 2, 28));
		return contact;
	}

	/** Equal in every feature but the stamps the store sets. */
	static boolean equalIgnoringStamps(EObject expected, EObject actual) {
		EqualityHelper helper = new EqualityHelper() {

			@Override
			protected boolean haveEqualFeature(EObject first, EObject second, EStructuralFeature feature) {
				return STAMPS.contains(feature) || super.haveEqualFeature(first, second, feature);
			}
		};
		return helper.equals(expected, actual);
	}

	/** Same values in all features, stamps included. */
	static boolean equalInFull(Record expected, Record actual) {
		return new EqualityHelper().equals(expected, actual);
	}
}
