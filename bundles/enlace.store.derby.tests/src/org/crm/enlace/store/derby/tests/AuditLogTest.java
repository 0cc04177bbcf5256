package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.audit.AuditVerification;
import org.crm.enlace.core.audit.AuditVerification.Problem;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.store.derby.internal.AuditTampering;
import org.crm.enlace.store.derby.internal.TableDump;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit log: what is logged and what not, in the transaction of the change it describes, without content,
 * chained so that any change of an entry is found and named, and readable by the actor's organization and the
 * Secretariat only.
 */
class AuditLogTest extends OpenStoreFixture {

	/** Written into every text of a record; no entry may hold it. */
	private static final String SENTINEL = "CENTINELA-a7c3";
	private static final CurrentUser SECRETARIAT = new CurrentUser("st.auditora", "XST", Role.SECRETARIAT);
	private static final CurrentUser MEXICO = new CurrentUser("mx.analista", "MEX", Role.ANALYST);

	@Test
	void aSeriesOfOperationsLeavesAnIntactChainOfOneEntryEach() throws InterruptedException {
		ContactPoint contact = store.save(marked(Tlp.RED));
		clock.advance(Duration.ofMinutes(1));
		contact.setTitle("Cargo nuevo");
		contact = store.save(contact);
		store.findById(contact.getId());
		store.audit().recordExport("contacts list json", 1);
		store.audit().recordImport("contacts csv", 0);
		store.delete(contact.getId());
		store.scrub(contact.getId());
		store.close();
		store = TestSupport.factoryService().open(data, USER, TestSupport.KEYS, clock);

		List<AuditEntry> entries = store.audit().entries(null);
		assertEquals(List.of(AuditAction.OPEN, AuditAction.CREATE, AuditAction.UPDATE, AuditAction.READ,
				AuditAction.EXPORT, AuditAction.IMPORT, AuditAction.DELETE, AuditAction.SCRUB, AuditAction.OPEN),
				entries.stream().map(AuditEntry::action).toList());
		assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), entries.stream().map(AuditEntry::sequence).toList());
		assertEquals(List.of(0, 1, 2, 2, 0, 0, 3, 3, 0), entries.stream().map(AuditEntry::recordVersion).toList());
		AuditEntry update = entries.get(2);
		assertEquals(contact.getId(), update.recordId());
		assertEquals(USER.userName(), update.userName());
		assertEquals("GTM", update.organization());
		assertEquals("LIAISON_OFFICER", update.role());
		assertEquals(TestSupport.START.plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS), update.at(),
				"the time comes from the store's clock");
		assertEquals("ContactPoint", update.detail());
		assertEquals("contacts list json: 1", entries.get(4).detail());
		assertNull(entries.get(0).recordId());

		AuditVerification verification = store.audit().verify();
		assertTrue(verification.isIntact(), String.valueOf(verification));
		assertEquals(9, verification.entries());
		assertEquals(entries.getLast().hash(), verification.headHash());
	}

	/** Ways to change the log behind the store's back, the entry verification must name, and why. */
	static Stream<Arguments> tampering() {
		return Stream.of(
				Arguments.of("detail changed", (Consumer<RecordStore>) s -> AuditTampering.change(s, 3, "DETAIL",
						"Organization"), 3L, Problem.HASH_MISMATCH),
				Arguments.of("actor changed", (Consumer<RecordStore>) s -> AuditTampering.change(s, 2, "USER_NAME",
						"otra.persona"), 2L, Problem.HASH_MISMATCH),
				Arguments.of("action changed", (Consumer<RecordStore>) s -> AuditTampering.change(s, 4, "ACTION",
						"OPEN"), 4L, Problem.HASH_MISMATCH),
				Arguments.of("record id emptied", (Consumer<RecordStore>) s -> AuditTampering.change(s, 3, "RECORD_ID",
						null), 3L, Problem.HASH_MISMATCH),
				Arguments.of("hash replaced", (Consumer<RecordStore>) s -> AuditTampering.change(s, 3, "HASH",
						"0".repeat(64)), 3L, Problem.HASH_MISMATCH),
				Arguments.of("an entry removed", (Consumer<RecordStore>) s -> AuditTampering.remove(s, 3), 4L,
						Problem.SEQUENCE_GAP),
				Arguments.of("the last entry renumbered", (Consumer<RecordStore>) s -> AuditTampering.change(s, 5,
						"SEQ", "9"), 9L, Problem.SEQUENCE_GAP),
				Arguments.of("the first entry removed", (Consumer<RecordStore>) s -> AuditTampering.remove(s, 1), 2L,
						Problem.BAD_FIRST_LINK));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tampering")
	void aTamperedLogIsFoundAndTheFirstBrokenEntryNamed(String how, Consumer<RecordStore> tamper, long firstBroken,
			Problem problem) {
		ContactPoint contact = store.save(marked(Tlp.AMBER));
		contact.setTitle("Cargo nuevo");
		contact = store.save(contact);
		store.findById(contact.getId());
		store.delete(contact.getId());
		assertEquals(5, store.audit().entries(null).size());
		assertTrue(store.audit().verify().isIntact());

		tamper.accept(store);

		AuditVerification verification = store.audit().verify();
		assertFalse(verification.isIntact(), how);
		assertEquals(firstBroken, verification.firstBroken(), how);
		assertEquals(problem, verification.problem(), how);
		assertNull(verification.headHash());
	}

	@Test
	void aRolledBackSaveAllLeavesNoEntry() {
		ContactPoint stored = store.save(marked(Tlp.RED));
		ContactPoint staleCopy = (ContactPoint) store.findById(stored.getId()).orElseThrow();
		stored.setTitle("Cambio");
		store.save(stored);
		long before = TableDump.rows(store, "AUDIT_LOG");

		assertThrows(StoreException.class, () -> store.saveAll(List.of(marked(Tlp.RED), staleCopy)));
		assertThrows(StoreException.class, () -> store.save(TestSupport.marked("MEX", Releasability.ALL_MEMBERS)));

		assertEquals(before, TableDump.rows(store, "AUDIT_LOG"), "the first record's CREATE was rolled back with it");
		assertTrue(store.audit().verify().isIntact());
	}

	@Test
	void readsOfAmberAndRedRecordsAreLoggedOncePerRecordAndOthersAreNot() {
		List<Record> saved = store.saveAll(Stream.of(Tlp.values()).map(AuditLogTest::marked).toList());
		long before = TableDump.rows(store, "AUDIT_LOG");

		saved.forEach(r -> store.findById(r.getId()));
		store.findAll(EnlacePackage.Literals.CONTACT_POINT, ContactPoint.class);
		store.find(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT).where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY,
				"HND"), Record.class);
		store.count(EnlacePackage.Literals.RECORD);
		store.history(saved.getLast().getId());
		store.findAfter(RecordQuery.of(EnlacePackage.Literals.RECORD), null, 100, Record.class);
		store.findByIds(saved.stream().map(Record::getId).toList());
		assertEquals(saved.size(), store.ids(RecordQuery.of(EnlacePackage.Literals.RECORD), Progress.NONE)
				.orElseThrow().size(), "ids hand out no record: not logged, like a count");

		List<AuditEntry> reads = store.audit().entries(null).stream().skip(before).toList();
		assertTrue(reads.stream().allMatch(e -> e.action() == AuditAction.READ), String.valueOf(reads));
		List<String> logged = saved.stream()
				.filter(r -> List.of(Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED).contains(r.getTlp()))
				.map(Record::getId)
				.toList();
		assertEquals(3, logged.size());
		for (String call : List.of("findById", "find", "findByIds")) {
			List<String> ids = reads.stream().filter(e -> e.detail().startsWith(call + ' ')).map(AuditEntry::recordId)
					.sorted().toList();
			// "find" is what findAll, find and findAfter log: three times each record.
			List<String> expected = call.equals("find")
					? Stream.of(logged, logged, logged).flatMap(List::stream).sorted().toList()
					: logged.stream().sorted().toList();
			assertEquals(expected, ids, call);
		}
		assertEquals(1, reads.stream().filter(e -> e.detail().startsWith("history ")).count(), "the RED record's");
		assertEquals(3 + 9 + 3 + 1, reads.size(), "nothing for CLEAR, GREEN, a count or ids");
	}

	@Test
	void noEntryHoldsAnyValueOfARecord() {
		ContactPoint contact = sentinelContact();
		contact = store.save(contact);
		contact.setTitle(SENTINEL + " cargo");
		contact = store.save(contact);
		store.findById(contact.getId());
		store.findAll(EnlacePackage.Literals.CONTACT_POINT, ContactPoint.class);
		store.history(contact.getId());
		store.delete(contact.getId());
		assertTrue(TableDump.rows(store, "AUDIT_LOG") >= 7);

		assertTrue(TableDump.values(store, "AUDIT_LOG").stream().noneMatch(v -> v != null && v.contains(SENTINEL)));
		assertTrue(TableDump.values(store, "RECORDS").stream().anyMatch(v -> v != null && v.contains(SENTINEL)),
				"the sentinel is in the record, so the check above means something");
	}

	@Test
	void usersReadTheEntriesOfTheirOrganizationAndTheSecretariatReadsAll() throws InterruptedException {
		store.save(marked(Tlp.RED));
		store.close();
		TestSupport.seed(data, clock, List.of(TestSupport.marked("MEX", Releasability.ALL_MEMBERS)));
		store = TestSupport.factoryService().open(data, MEXICO, TestSupport.KEYS, clock);
		store.findAll(EnlacePackage.Literals.RECORD, Record.class);
		store.close();

		store = TestSupport.factoryService().open(data, USER, TestSupport.KEYS, clock);
		assertEquals(List.of("GTM"), organizations(store));
		store.close();
		store = TestSupport.factoryService().open(data, MEXICO, TestSupport.KEYS, clock);
		assertEquals(List.of("MEX"), organizations(store));
		store.close();
		store = TestSupport.factoryService().open(data, SECRETARIAT, TestSupport.KEYS, clock);
		assertEquals(List.of("", "GTM", "MEX", "XST"), organizations(store), "the system's entries too");
		assertTrue(store.audit().entries(null).stream().anyMatch(e -> e.organization().isEmpty()
				&& e.action() == AuditAction.CREATE && e.userName().equals("enlace.sistema")));
		assertEquals(List.of(), store.audit().entries(clock.now().plusSeconds(1)), "nothing after now");
		assertTrue(store.audit().verify().isIntact());
	}

	private static List<String> organizations(RecordStore store) {
		return store.audit().entries(null).stream().map(AuditEntry::organization).distinct().sorted().toList();
	}

	private static ContactPoint marked(Tlp tlp) {
		ContactPoint contact = TestSupport.marked("GTM", Releasability.ALL_MEMBERS);
		contact.setTlp(tlp);
		return contact;
	}

	private static ContactPoint sentinelContact() {
		ContactPoint contact = TestSupport.contactPoint();
		contact.setTlp(Tlp.RED);
		contact.setFullName("Persona " + SENTINEL);
		contact.setAgency(SENTINEL);
		contact.setAuthor(SENTINEL);
		contact.setProvenance(SENTINEL);
		contact.setEmail(SENTINEL + "@example.org");
		contact.getPhones().add(SENTINEL);
		return contact;
	}
}
