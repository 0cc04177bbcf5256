package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.store.derby.internal.TableDump;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Deleting is soft: the record leaves every query and stays in its history, listed as deleted for its owner.
 * Scrubbing removes the content for good, from the record and every version, and keeps id and version.
 */
class DeleteAndScrubTest extends OpenStoreFixture {

	/** Written into every kind of place a record's content reaches: XMI, history, index. */
	private static final String SENTINEL = "CENTINELA-9d41";

	@Test
	void aDeletedRecordLeavesEveryQueryButStaysInItsHistoryAndTheOwnersListOfDeleted() {
		ContactPoint kept = store.save(TestSupport.marked("GTM", Releasability.ALL_MEMBERS));
		ContactPoint deleted = store.save(TestSupport.marked("GTM", Releasability.ALL_MEMBERS));
		clock.advance(Duration.ofHours(1));

		assertTrue(store.delete(deleted.getId()));

		assertFalse(store.delete(deleted.getId()), "a second delete finds nothing");
		assertTrue(store.findById(deleted.getId()).isEmpty());
		assertEquals(List.of(kept.getId()), ids(store.findAll(EnlacePackage.Literals.CONTACT_POINT, Record.class)));
		assertEquals(1, store.count(EnlacePackage.Literals.RECORD));
		RecordQuery byCountry = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT)
				.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, "HND");
		assertEquals(List.of(kept.getId()), ids(store.find(byCountry, Record.class)));
		assertEquals(List.of(deleted.getId()), ids(store.find(byCountry.deletedOnly(), Record.class)));
		assertEquals(1, store.count(RecordQuery.of(EnlacePackage.Literals.RECORD).deletedOnly()));

		List<RecordVersion> history = store.history(deleted.getId());
		assertEquals(List.of(Operation.CREATE, Operation.DELETE), history.stream().map(RecordVersion::operation)
				.toList());
		RecordVersion deletion = history.get(1);
		assertEquals(2, deletion.version());
		assertEquals(TestSupport.START.plus(Duration.ofHours(1)), deletion.modifiedAt());
		assertEquals(USER.userName(), deletion.modifiedBy());
		assertEquals(deleted.getFullName(), ((ContactPoint) deletion.record()).getFullName(),
				"the history keeps the content of a deleted record");

		StoreException stale = assertThrows(StoreException.class, () -> store.save(deleted));
		assertEquals(Reason.STALE, stale.reason(), "an old copy does not bring a deleted record back");
	}

	@Test
	void scrubbingRemovesTheContentFromEveryTableAndKeepsIdAndVersion() {
		ContactPoint contact = sentinelContact();
		ContactPoint saved = store.save(contact);
		saved.setTitle("Cargo de " + SENTINEL);
		saved = store.save(saved);
		assertTrue(occurrences() > 0, "the sentinel is stored before scrubbing");

		assertTrue(store.scrub(saved.getId()));

		assertEquals(0, occurrences(), "no column of any table holds the sentinel");
		assertTrue(store.findById(saved.getId()).isEmpty(), "a scrubbed record counts as deleted");
		ContactPoint skeleton = store.find(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT).deletedOnly(),
				ContactPoint.class).getFirst();
		assertEquals(saved.getId(), skeleton.getId());
		assertEquals(2, skeleton.getVersion());
		assertEquals("GTM", skeleton.getOwnerCountry());
		assertEquals(saved.getCreatedAt(), skeleton.getCreatedAt());
		assertNull(skeleton.getFullName());
		assertNull(skeleton.getCountry());
		assertNull(skeleton.getAuthor());
		List<RecordVersion> history = store.history(saved.getId());
		assertEquals(List.of(1, 2), history.stream().map(RecordVersion::version).toList());
		assertTrue(history.stream().allMatch(RecordVersion::scrubbed));
		assertTrue(history.stream().allMatch(v -> ((ContactPoint) v.record()).getFullName() == null));
		assertEquals(List.of(), store.find(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT)
				.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, SENTINEL).deletedOnly(), Record.class),
				"the index forgot the scrubbed values");
		ContactPoint oldCopy = saved;
		assertEquals(Reason.STALE, assertThrows(StoreException.class, () -> store.save(oldCopy)).reason());
	}

	@Test
	void aDeletedRecordCanBeScrubbedAndScrubbingTwiceIsHarmless() {
		ContactPoint saved = store.save(sentinelContact());
		store.delete(saved.getId());

		assertTrue(store.scrub(saved.getId()));
		assertTrue(store.scrub(saved.getId()));

		assertEquals(0, occurrences());
		assertEquals(List.of(Operation.CREATE, Operation.DELETE),
				store.history(saved.getId()).stream().map(RecordVersion::operation).toList());
		assertFalse(store.scrub("no-such-record"));
	}

	private static ContactPoint sentinelContact() {
		ContactPoint contact = TestSupport.contactPoint();
		contact.setFullName("Persona " + SENTINEL);
		contact.setAgency(SENTINEL);
		contact.setAuthor(SENTINEL);
		contact.setProvenance(SENTINEL);
		contact.setCountry(SENTINEL);
		contact.getPhones().add(SENTINEL);
		return contact;
	}

	/** How many values, in all of the store's tables, contain the sentinel. */
	private long occurrences() {
		return TableDump.TABLES.stream()
				.flatMap(table -> TableDump.values(store, table).stream())
				.filter(value -> value != null && value.contains(SENTINEL))
				.count();
	}

	private static List<String> ids(List<? extends Record> records) {
		return records.stream().map(Record::getId).toList();
	}
}
