package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.store.Backup;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.store.derby.internal.Schema;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken while the store is open, restored into a new folder, holds every record, every version of its
 * history and the audit chain exactly as they were when the backup was taken; a bad backup or a folder that holds a
 * database is refused without writing anything.
 */
class BackupRestoreTest {

	private static final CurrentUser SECRETARIAT = new CurrentUser("st.respaldo", "XST", Role.SECRETARIAT);

	@TempDir
	Path temporary;

	private final TestClock clock = new TestClock();
	private RecordStoreFactory factory;
	private Path data;
	private Path backups;

	@BeforeEach
	void storeWithRecordsOfSeveralOwnersAndTheirHistory() throws InterruptedException {
		factory = TestSupport.factoryService();
		data = temporary.resolve("data");
		backups = temporary.resolve("backups");
		List<Record> others = new ArrayList<>();
		for (String owner : List.of("MEX", "XST", "HND")) {
			for (Releasability releasability : Releasability.values()) {
				ContactPoint contact = TestSupport.marked(owner, releasability, "GTM", "XOM");
				contact.setTlp(Tlp.values()[others.size() % Tlp.values().length]);
				others.add(contact);
			}
		}
		TestSupport.seed(data, clock, others);
		try (RecordStore store = factory.open(data, USER, TestSupport.KEYS, clock)) {
			store.save(TestSupport.organization());
			ContactPoint changed = store.save(TestSupport.contactPoint());
			clock.advance(Duration.ofHours(1));
			changed.setTitle("Segundo cargo");
			changed = store.save(changed);
			changed.setReleasability(Releasability.ALL_MEMBERS);
			store.save(changed);
			ContactPoint deleted = store.save(TestSupport.marked("GTM", Releasability.ALL_MEMBERS));
			store.delete(deleted.getId());
			ContactPoint scrubbed = store.save(TestSupport.contactPoint());
			store.scrub(scrubbed.getId());
		}
	}

	@Test
	void aRestoredStoreIsIdenticalRecordForRecordWithItsHistoryAndAnIntactAuditChain() {
		Map<String, Snapshot> original = new LinkedHashMap<>();
		Backup backup;
		try (RecordStore store = factory.openAfterSeeding(data, SECRETARIAT, TestSupport.KEYS, clock,
				system -> original.putAll(snapshot(system)))) {
			clock.advance(Duration.ofMinutes(1));
			backup = store.backup(backups);
			// Written after the backup: the backup must not hold it, and the store must still work.
			store.save(TestSupport.marked("XST", Releasability.ALL_MEMBERS));
		}
		assertEquals(original.size(), backup.records());
		assertEquals(3 * Releasability.values().length + 4, original.size(),
				"three owners by every releasability, and GTM's four");
		assertTrue(backup.folder().getFileName().toString().startsWith("enlace-backup-"), backup.folder().toString());
		assertEquals(Schema.current().version(), backup.schemaVersion());

		Path restoredData = temporary.resolve("restored");
		Backup restored = factory.restore(backup.folder(), restoredData, SECRETARIAT, TestSupport.KEYS, clock);

		assertEquals(backup, restored, "the manifest says what the backup said");
		Map<String, Snapshot> copy = new LinkedHashMap<>();
		try (RecordStore store = factory.openAfterSeeding(restoredData, SECRETARIAT, TestSupport.KEYS, clock,
				system -> copy.putAll(snapshot(system)))) {
			assertEquals(original.keySet(), copy.keySet());
			for (String id : original.keySet()) {
				original.get(id).assertSameAs(copy.get(id));
			}
			assertTrue(store.audit().verify().isIntact());
			List<AuditAction> actions = store.audit().entries(null).stream().map(AuditEntry::action).toList();
			assertEquals(List.of(AuditAction.BACKUP, AuditAction.OPEN, AuditAction.RESTORE, AuditAction.OPEN),
					actions.subList((int) backup.auditEntries() - 1, (int) backup.auditEntries() + 3),
					"the backup's own entry, then the restore's open and entry, then this open");
		}
	}

	@Test
	void aSecondBackupInTheSameSecondGetsAFolderOfItsOwn() {
		try (RecordStore store = factory.open(data, USER, TestSupport.KEYS, clock)) {
			Backup first = store.backup(backups);
			Backup second = store.backup(backups);

			assertFalse(first.folder().equals(second.folder()));
			assertEquals(first.auditEntries() + 1, second.auditEntries());
			assertTrue(Files.isRegularFile(second.folder().resolve("enlace-backup.properties")));
		}
	}

	@Test
	void aFolderThatHoldsADatabaseIsNotOverwritten() throws IOException {
		Backup backup = backup();
		long before = countAsUser(data);

		StoreException refused = assertThrows(StoreException.class,
				() -> factory.restore(backup.folder(), data, USER, TestSupport.KEYS, clock));

		assertEquals(Reason.NOT_EMPTY, refused.reason());
		assertTrue(refused.getMessage().contains(data.toString()), refused.getMessage());
		assertEquals(before, countAsUser(data));
	}

	@Test
	void aFolderThatIsNotABackupIsRefusedAndNothingIsWritten() throws IOException {
		Backup backup = backup();
		Path target = temporary.resolve("target");

		assertRefused(Reason.BACKUP_INVALID, data, target, "a data folder is not a backup");
		assertRefused(Reason.BACKUP_INVALID, temporary.resolve("missing"), target, "no folder");

		Path manifest = backup.folder().resolve("enlace-backup.properties");
		String good = Files.readString(manifest);
		Files.writeString(manifest, good.replace("format=enlace-backup/1", "format=someone-else/7"));
		assertRefused(Reason.BACKUP_INVALID, backup.folder(), target, "a foreign manifest");
		Files.writeString(manifest, good.replace("schemaVersion=" + Schema.current().version(), "schemaVersion=99"));
		assertRefused(Reason.TOO_NEW, backup.folder(), target, "a newer Enlace's backup");
		Files.writeString(manifest, good.replace("records=", "records=1"));
		assertRefused(Reason.BACKUP_INVALID, backup.folder(), target, "records missing from the copy");
		Files.writeString(manifest, good.replaceAll("auditHead=\\w+", "auditHead=" + "a".repeat(64)));
		assertRefused(Reason.BACKUP_INVALID, backup.folder(), target, "another audit chain");

		Files.writeString(manifest, good);
		factory.restore(backup.folder(), target, USER, TestSupport.KEYS, clock);
		assertEquals(countAsUser(data), countAsUser(target), "the untouched backup still restores");
	}

	private void assertRefused(Reason reason, Path backup, Path target, String why) {
		StoreException refused = assertThrows(StoreException.class, () -> factory.restore(backup, target, USER, TestSupport.KEYS, clock),
				why);
		assertEquals(reason, refused.reason(), why);
		assertFalse(Files.exists(target.resolve("db")), why + ": no database was left behind");
	}

	private Backup backup() {
		try (RecordStore store = factory.open(data, USER, TestSupport.KEYS, clock)) {
			return store.backup(backups);
		}
	}

	private long countAsUser(Path folder) {
		try (RecordStore store = factory.open(folder, USER, TestSupport.KEYS, clock)) {
			return store.count(EnlacePackage.Literals.RECORD);
		}
	}

	/** A record as the system sees it, live or deleted, with every version of its history. */
	private record Snapshot(Record record, List<RecordVersion> history) {

		void assertSameAs(Snapshot copy) {
			String id = record.getId();
			assertTrue(EcoreUtil.equals(record, copy.record()), id);
			assertEquals(history.size(), copy.history().size(), id);
			for (int i = 0; i < history.size(); i++) {
				RecordVersion expected = history.get(i);
				RecordVersion actual = copy.history().get(i);
				assertEquals(List.of(expected.version(), expected.modifiedAt(), expected.modifiedBy(),
						expected.operation(), expected.scrubbed()), List.of(actual.version(), actual.modifiedAt(),
								actual.modifiedBy(), actual.operation(), actual.scrubbed()), id);
				assertTrue(EcoreUtil.equals(expected.record(), actual.record()), id + " v" + expected.version());
			}
		}
	}

	private static Map<String, Snapshot> snapshot(RecordRepository system) {
		Map<String, Snapshot> records = new LinkedHashMap<>();
		Stream.concat(system.findAll(EnlacePackage.Literals.RECORD, Record.class).stream(),
				system.find(RecordQuery.of(EnlacePackage.Literals.RECORD).deletedOnly(), Record.class).stream())
				.forEach(r -> records.put(r.getId(), new Snapshot(r, system.history(r.getId()))));
		return records;
	}
}
