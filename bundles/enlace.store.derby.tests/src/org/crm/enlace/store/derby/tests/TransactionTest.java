package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.crm.enlace.store.derby.tests.TestSupport.equalInFull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Country;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** saveAll stores all or nothing, and a failed write leaves the store as it was. */
class TransactionTest {

	/** The owner code that does not fit its column; also what no message may quote. */
	private static final String TOO_LONG_OWNER = "OWNER-TOO-LONG-FOR-ITS-COLUMN";

	@TempDir
	Path data;

	private RecordStore store;
	private Country existing;

	@BeforeEach
	void open() throws InterruptedException {
		store = TestSupport.factoryService().open(data, USER, TestSupport.KEYS, new TestClock());
		existing = store.save(TestSupport.country());
	}

	@AfterEach
	void close() {
		store.close();
	}

	/** Ways to spoil the second record of a saveAll, given a stored country read by someone else. */
	static Stream<Arguments> secondRecordFails() {
		return Stream.of(
				Arguments.of("stale", StoreException.Reason.STALE, (Function<Country, Record>) staleCopy -> staleCopy),
				Arguments.of("owner too long", StoreException.Reason.INVALID, (Function<Country, Record>) ignored -> {
					Organization organization = TestSupport.organization();
					organization.setOwnerCountry(TOO_LONG_OWNER);
					return organization;
				}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("secondRecordFails")
	void aSaveAllWhoseSecondRecordFailsLeavesTheStoreUnchanged(String why, StoreException.Reason reason,
			Function<Country, Record> spoil) {
		Country staleCopy = store.findAll(EnlacePackage.Literals.COUNTRY, Country.class).getFirst();
		existing.setNameFr("Guatemala (changé)");
		existing = store.save(existing);
		List<Record> before = store.findAll(EnlacePackage.Literals.RECORD, Record.class);
		Organization valid = TestSupport.organization();
		valid.setId("first-of-the-batch");

		StoreException failure = assertThrows(StoreException.class,
				() -> store.saveAll(List.of(valid, spoil.apply(staleCopy), TestSupport.contactPoint())));

		assertEquals(reason, failure.reason());
		assertTrue(store.findById("first-of-the-batch").isEmpty(), "the first record was rolled back");
		assertUnchanged(before);
	}

	@Test
	void aSaveThatFailsLeavesTheStoreUnchangedAndAMessageWithoutTheValue() {
		List<Record> before = store.findAll(EnlacePackage.Literals.RECORD, Record.class);
		Country changed = store.findAll(EnlacePackage.Literals.COUNTRY, Country.class).getFirst();
		changed.setOwnerCountry(TOO_LONG_OWNER);

		StoreException failure = assertThrows(StoreException.class, () -> store.save(changed));

		assertEquals(StoreException.Reason.INVALID, failure.reason());
		assertTrue(failure.getMessage().contains("ownerCountry"), failure.getMessage());
		for (Throwable t = failure; t != null; t = t.getCause()) {
			assertFalse(String.valueOf(t.getMessage()).contains(TOO_LONG_OWNER), "record content in: " + t);
		}
		assertUnchanged(before);
	}

	@Test
	void aSaveAllThatSucceedsStoresEveryRecordWithTheSameStamp() {
		List<Record> saved = store.saveAll(
				List.of(TestSupport.organization(), TestSupport.contactPoint(), TestSupport.country()));

		assertEquals(3, saved.size());
		assertEquals(4, store.count(EnlacePackage.Literals.RECORD));
		assertTrue(saved.stream().allMatch(r -> r.getVersion() == 1 && TestSupport.START.equals(r.getCreatedAt())));
	}

	@Test
	void theSameNewRecordTwiceInOneSaveAllIsStale() {
		Country twice = TestSupport.country();
		twice.setId("country-twice");

		StoreException failure = assertThrows(StoreException.class, () -> store.saveAll(List.of(twice, twice)));

		assertEquals(StoreException.Reason.STALE, failure.reason());
		assertTrue(store.findById("country-twice").isEmpty());
	}

	/* The rows of a saveAll wait in batches: the second save must see the first, which is still waiting. */
	@Test
	void aSaveAllThatCreatesARecordAndThenChangesItKeepsEveryTableInStep() {
		ContactPoint created = TestSupport.contactPoint();
		created.setId("contact-in-two-steps");
		ContactPoint changed = EcoreUtil.copy(created);
		changed.setVersion(1);
		changed.setCountry("MEX");

		List<Record> saved = store.saveAll(List.of(created, changed));

		assertEquals(List.of(1, 2), saved.stream().map(Record::getVersion).toList());
		List<RecordVersion> history = store.history("contact-in-two-steps");
		assertEquals(List.of(Operation.CREATE, Operation.UPDATE),
				history.stream().map(RecordVersion::operation).toList());
		assertEquals(List.of("HND", "MEX"),
				history.stream().map(v -> ((ContactPoint) v.record()).getCountry()).toList());
		assertEquals(List.of("MEX", "XST"), List.copyOf(((ContactPoint) history.get(1).record()).getReleasableTo()));
		RecordQuery contacts = RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT);
		assertEquals(1, store.count(contacts.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, "MEX")));
		assertEquals(0, store.count(contacts.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, "HND")),
				"the first version's index rows are gone");
		// The reads of the history above are audited too (the record is AMBER+STRICT).
		assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE), store.audit().entries(null).stream()
				.filter(e -> "contact-in-two-steps".equals(e.recordId()) && e.action() != AuditAction.READ)
				.map(AuditEntry::action).toList());
		assertTrue(store.audit().verify().isIntact());
	}

	private void assertUnchanged(List<Record> before) {
		List<Record> after = new ArrayList<>(store.findAll(EnlacePackage.Literals.RECORD, Record.class));
		assertEquals(before.size(), after.size(), "record count");
		for (int i = 0; i < before.size(); i++) {
			assertTrue(equalInFull(before.get(i), after.get(i)), "record " + i + " unchanged");
		}
	}
}
