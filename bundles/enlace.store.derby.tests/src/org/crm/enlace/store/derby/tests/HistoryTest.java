package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.OTHER_USER;
import static org.crm.enlace.store.derby.tests.TestSupport.START;
import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.crm.enlace.store.derby.tests.TestSupport.equalInFull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.core.store.StaleRecordException;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.Test;

/** Every save adds a version to the record's history, which returns them oldest first with who made each and when. */
class HistoryTest extends OpenStoreFixture {

	@Test
	void everySaveAddsAVersionWithItsAuthorAndTime() throws InterruptedException {
		Organization first = store.save(TestSupport.organization());
		clock.advance(Duration.ofMinutes(5));
		first.setAcronym("SEGUNDA");
		Organization second = store.save(first);
		store.close();
		store = TestSupport.factoryService().open(data, OTHER_USER, TestSupport.KEYS, clock);
		clock.advance(Duration.ofMinutes(5));
		second.setAcronym("TERCERA");
		Organization third = store.save(second);

		List<RecordVersion> history = store.history(first.getId());

		assertEquals(List.of(1, 2, 3), history.stream().map(RecordVersion::version).toList());
		assertEquals(List.of(Operation.CREATE, Operation.UPDATE, Operation.UPDATE),
				history.stream().map(RecordVersion::operation).toList());
		assertEquals(List.of(START, START.plus(Duration.ofMinutes(5)), START.plus(Duration.ofMinutes(10))),
				history.stream().map(RecordVersion::modifiedAt).toList());
		assertEquals(List.of(USER.userName(), USER.userName(), OTHER_USER.userName()),
				history.stream().map(RecordVersion::modifiedBy).toList());
		assertEquals(List.of("DGME", "SEGUNDA", "TERCERA"),
				history.stream().map(v -> ((Organization) v.record()).getAcronym()).toList());
		assertTrue(equalInFull(third, history.get(2).record()), "the last version is the record as stored");
		assertTrue(history.stream().noneMatch(RecordVersion::scrubbed));
	}

	@Test
	void aSaveAllAddsOneVersionPerRecordAndEveryMarkingIsKept() {
		List<Record> saved = store.saveAll(List.of(TestSupport.contactPoint(), TestSupport.country()));

		for (Record record : saved) {
			List<RecordVersion> history = store.history(record.getId());
			assertEquals(1, history.size());
			assertTrue(equalInFull(record, history.getFirst().record()), record.eClass().getName());
		}
		ContactPoint contact = (ContactPoint) store.history(saved.getFirst().getId()).getFirst().record();
		assertEquals(List.of("MEX", "XST"), List.copyOf(contact.getReleasableTo()));
	}

	@Test
	void aStaleWriteAddsNoVersionAndStillShowsBothVersions() {
		Organization saved = store.save(TestSupport.organization());
		Organization stale = store.findAll(saved.eClass(), Organization.class).getFirst();
		saved.setAcronym("PRIMERO");
		store.save(saved);
		stale.setAcronym("SEGUNDO");

		StaleRecordException conflict = assertThrows(StaleRecordException.class, () -> store.save(stale));

		assertEquals("PRIMERO", ((Organization) conflict.stored()).getAcronym());
		assertEquals("SEGUNDO", ((Organization) conflict.attempted()).getAcronym());
		assertEquals(2, store.history(saved.getId()).size());
	}

	@Test
	void aFailedSaveAllAddsNoVersionToAnyRecord() {
		Organization existing = store.save(TestSupport.organization());
		Organization stale = store.findAll(existing.eClass(), Organization.class).getFirst();
		existing.setAcronym("CAMBIO");
		store.save(existing);
		Organization fresh = TestSupport.organization();
		fresh.setId("nueva-en-el-lote");

		assertThrows(StaleRecordException.class, () -> store.saveAll(List.of(fresh, stale)));

		assertTrue(store.history("nueva-en-el-lote").isEmpty());
		assertEquals(2, store.history(existing.getId()).size());
	}

	@Test
	void anUnknownIdHasNoHistory() {
		assertFalse(store.history("no-such-record").iterator().hasNext());
	}
}
