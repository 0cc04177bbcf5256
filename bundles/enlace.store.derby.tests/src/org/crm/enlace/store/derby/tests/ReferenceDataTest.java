package org.crm.enlace.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference data is seeded, not enforced: what the store never held is added, whatever its owner did is kept. */
class ReferenceDataTest {

	@TempDir
	Path data;

	private final TestClock clock = new TestClock();

	@Test
	void onlyRecordsTheStoreNeverHeldAreAddedAndEditsDeletionsAndScrubsStay() throws Exception {
		Country country = reference(TestSupport.country(), "country", "GTM");
		Organization kept = reference(TestSupport.organization(), "organization", "DGME");
		Organization deleted = reference(TestSupport.organization(), "organization", "deleted");
		Organization scrubbed = reference(TestSupport.organization(), "organization", "scrubbed");
		assertEquals(4, seed(List.of(country, kept, deleted, scrubbed)), "a new store gets all of them");

		try (RecordStore store = TestSupport.factoryService().open(data, TestSupport.USER, TestSupport.KEYS, clock)) {
			Organization edited = store.findById(kept.getId()).map(Organization.class::cast).orElseThrow();
			edited.setName("Nombre corregido por su dueño (ficticio)");
			store.save(edited);
			assertTrue(store.delete(deleted.getId()));
			assertTrue(store.scrub(scrubbed.getId()));
		}

		Organization added = reference(TestSupport.organization(), "organization", "new");
		List<Record> again = List.of(copy(country), copy(kept), copy(deleted), copy(scrubbed), added);
		assertEquals(1, seed(again), "only the one the store never held");
		assertEquals(0, seed(again), "and nothing the next time");

		try (RecordStore store = TestSupport.factoryService().open(data, TestSupport.USER, TestSupport.KEYS, clock)) {
			assertEquals("Nombre corregido por su dueño (ficticio)", store.findById(kept.getId())
					.map(Organization.class::cast).orElseThrow().getName(), "the owner's edit stays");
			assertTrue(store.findById(deleted.getId()).isEmpty(), "a deleted record stays deleted");
			assertTrue(store.findById(scrubbed.getId()).isEmpty(), "a scrubbed record stays scrubbed");
			assertTrue(store.findById(added.getId()).isPresent());
			assertEquals(2, store.count(EnlacePackage.Literals.ORGANIZATION), "the edited one and the new one");
		}
	}

	private int seed(List<? extends Record> records) throws Exception {
		AtomicInteger stored = new AtomicInteger();
		TestSupport.factoryService().openAfterSeeding(data, TestSupport.USER, TestSupport.KEYS, clock,
				system -> stored.set(ReferenceData.storeMissing(system, records))).close();
		return stored.get();
	}

	private static <T extends Record> T reference(T record, String kind, String key) {
		record.setId(ReferenceData.stableId(kind, key));
		record.setOwnerCountry("GTM");
		record.setReleasability(Releasability.NETWORK);
		return record;
	}

	private static <T extends Record> T copy(T record) {
		T copy = EcoreUtil.copy(record);
		copy.setVersion(0);
		return copy;
	}
}
