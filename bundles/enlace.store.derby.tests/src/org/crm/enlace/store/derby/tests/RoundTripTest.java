package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.crm.enlace.store.derby.tests.TestSupport.equalIgnoringStamps;
import static org.crm.enlace.store.derby.tests.TestSupport.equalInFull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every concrete model class goes in and comes out with the same values, found by its class or a superclass. */
class RoundTripTest extends OpenStoreFixture {

	static Stream<Arguments> everyConcreteClass() {
		return Stream.of(
				Arguments.of(EnlacePackage.Literals.COUNTRY, (Supplier<Record>) TestSupport::country),
				Arguments.of(EnlacePackage.Literals.ORGANIZATION, (Supplier<Record>) TestSupport::organization),
				Arguments.of(EnlacePackage.Literals.CONTACT_POINT, (Supplier<Record>) TestSupport::contactPoint));
	}

	@Test
	void theSamplesCoverEveryConcreteClassOfTheModel() {
		List<EClass> concrete = EnlacePackage.eINSTANCE.getEClassifiers().stream()
				.filter(EClass.class::isInstance).map(EClass.class::cast)
				.filter(c -> !c.isAbstract() && !c.isInterface())
				// Value classes such as Person are stored inside records, never alone.
				.filter(EnlacePackage.Literals.RECORD::isSuperTypeOf)
				.toList();
		List<EClass> sampled = everyConcreteClass().map(a -> (EClass) a.get()[0]).toList();
		assertEquals(Set.copyOf(concrete), Set.copyOf(sampled));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyConcreteClass")
	void aSavedRecordReadsBackWithTheSameValuesAndStamps(EClass eClass, Supplier<Record> sample) {
		Record original = sample.get();

		Record saved = store.save(original);

		assertEquals(eClass, saved.eClass());
		assertTrue(equalIgnoringStamps(original, saved), "save returns the values given");
		assertEquals(36, saved.getId().length(), "a new record gets a UUID");
		assertEquals(1, saved.getVersion());
		assertEquals(TestSupport.START, saved.getCreatedAt());
		assertEquals(TestSupport.START, saved.getModifiedAt());
		assertEquals(USER.userName(), saved.getCreatedBy());
		assertEquals(USER.userName(), saved.getModifiedBy());

		Record byId = store.findById(saved.getId()).orElseThrow();
		assertTrue(equalInFull(saved, byId), "findById returns what was stored, stamps included");
		Record byClass = store.findAll(eClass, Record.class).getFirst();
		assertTrue(equalInFull(saved, byClass), "findAll returns what was stored, stamps included");
		assertNull(byId.eResource(), "records come out detached from any resource");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyConcreteClass")
	void saveLeavesTheCallersObjectAlone(EClass eClass, Supplier<Record> sample) {
		Record original = sample.get();

		Record saved = store.save(original);

		assertNotSame(original, saved);
		assertEquals(0, original.getVersion());
		assertNull(original.getId());
		assertNull(original.getCreatedAt());
	}

	@Test
	void multiValuedAttributesKeepTheirOrder() {
		ContactPoint saved = store.save(TestSupport.contactPoint());

		ContactPoint read = store.findAll(EnlacePackage.Literals.CONTACT_POINT, ContactPoint.class).getFirst();

		assertEquals(List.of("+50499990000", "+50422220000"), List.copyOf(read.getPhones()));
		assertEquals(List.of("fr", "es", "en"), List.copyOf(read.getWorkingLanguages()));
		assertEquals(saved.getValidTo(), read.getValidTo());
	}

	@Test
	void findAllOfASuperclassReturnsEverySubclassOrderedById() {
		List<Record> saved = store.saveAll(List.of(TestSupport.contactPoint(), TestSupport.country(),
				TestSupport.organization(), TestSupport.country()));

		List<Record> all = store.findAll(EnlacePackage.Literals.RECORD, Record.class);
		List<Country> countries = store.findAll(EnlacePackage.Literals.COUNTRY, Country.class);
		List<Organization> organizations = store.findAll(EnlacePackage.Literals.ORGANIZATION, Organization.class);

		List<String> idsInOrder = saved.stream().map(Record::getId).sorted(Comparator.naturalOrder()).toList();
		assertEquals(idsInOrder, all.stream().map(Record::getId).toList());
		assertEquals(2, countries.size());
		assertTrue(countries.get(0).getId().compareTo(countries.get(1).getId()) < 0, "ordered by id");
		assertEquals(1, organizations.size());
		assertEquals(4, store.count(EnlacePackage.Literals.RECORD));
		assertEquals(2, store.count(EnlacePackage.Literals.COUNTRY));
		assertEquals(1, store.count(EnlacePackage.Literals.CONTACT_POINT));
	}

	@Test
	void everyReadIsAFreshCopy() {
		Country saved = store.save(TestSupport.country());

		Country first = store.findAll(EnlacePackage.Literals.COUNTRY, Country.class).getFirst();
		first.setNameEs("cambiado sin guardar");
		Country second = (Country) store.findById(saved.getId()).orElseThrow();

		assertNotSame(first, second);
		assertEquals("Guatemala", second.getNameEs());
	}

	@Test
	void aRecordWithoutOwnerBelongsToTheCountryOfItsAuthor() {
		Organization organization = TestSupport.organization();
		organization.setOwnerCountry(null);

		assertEquals(USER.country(), store.save(organization).getOwnerCountry());
	}

	@Test
	void aGivenIdIsKept() {
		Country country = TestSupport.country();
		country.setId("country-gtm");

		store.save(country);

		assertTrue(store.findById("country-gtm").isPresent());
	}

	@Test
	void deleteRemovesTheRecordFromEveryQuery() {
		Country kept = store.save(TestSupport.country());
		Organization deleted = store.save(TestSupport.organization());

		assertTrue(store.delete(deleted.getId()));

		assertFalse(store.delete(deleted.getId()), "a second delete finds nothing");
		assertTrue(store.findById(deleted.getId()).isEmpty());
		assertEquals(List.of(kept.getId()),
				store.findAll(EnlacePackage.Literals.RECORD, Record.class).stream().map(Record::getId).toList());
		assertEquals(0, store.count(EnlacePackage.Literals.ORGANIZATION));
	}

	@Test
	void aJavaTypeThatDoesNotMatchTheClassIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> store.findAll(EnlacePackage.Literals.COUNTRY, Organization.class));
	}

	@Test
	void aClosedStoreRefusesWork() {
		store.close();
		store.close(); // a second close does nothing

		assertThrows(IllegalStateException.class, () -> store.count(EnlacePackage.Literals.RECORD));
	}
}
