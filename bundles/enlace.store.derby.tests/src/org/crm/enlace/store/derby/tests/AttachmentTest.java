package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.Backup;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files attached to records: encrypted on disk, seen exactly when their record is, added and removed by the
 * record's owner only, bound to their record (a file moved under another attachment's name is refused), audited,
 * removed with a scrub, and carried by backups.
 */
class AttachmentTest {

	private static final byte[] IMAGE = "\u0089PNG ficticio: FOTO-DE-PRUEBA-4417".getBytes(StandardCharsets.UTF_8);
	private static final CurrentUser MEXICO = new CurrentUser("mx.enlace", "MEX", Role.LIAISON_OFFICER);

	@TempDir
	Path data;

	private final TestClock clock = new TestClock();

	private RecordStore open(CurrentUser user) throws InterruptedException {
		return TestSupport.factoryService().open(data, user, TestSupport.KEYS, clock);
	}

	private static ContactPoint contact(Releasability releasability, Tlp tlp) {
		ContactPoint contact = TestSupport.marked("GTM", releasability);
		contact.setTlp(tlp);
		return contact;
	}

	@Test
	void anAttachmentReadsBackAsStoredAndItsFileHoldsNoneOfIt() throws Exception {
		String id;
		Attachment attachment;
		try (RecordStore store = open(USER)) {
			id = store.save(contact(Releasability.OWNER_ONLY, Tlp.RED)).getId();
			attachment = store.attach(id, "pasaporte-ficticio.png", "image/png", IMAGE);

			assertEquals(List.of(attachment), store.attachments(id));
			assertArrayEquals(IMAGE, store.readAttachment(attachment.id()));
			assertEquals(IMAGE.length, attachment.size());
			assertEquals(USER.userName(), attachment.addedBy());
			List<AuditAction> actions = store.audit().entries(null).stream().map(AuditEntry::action).toList();
			assertTrue(actions.contains(AuditAction.ATTACH), actions.toString());
			assertEquals(AuditAction.READ, actions.getLast(), "reading a RED record's attachment is audited");
			assertTrue(store.audit().entries(null).stream().noneMatch(e -> String.valueOf(e.detail())
					.contains("pasaporte")), "the file name, which may name a person, is not logged");
		}
		assertEquals(List.of(), EncryptionTest.filesHolding(data, "FOTO-DE-PRUEBA-4417"));
		try (RecordStore store = open(USER)) {
			assertArrayEquals(IMAGE, store.readAttachment(attachment.id()), "after a reopen");
		}
	}

	@Test
	void anAttachmentIsSeenExactlyWhenItsRecordIsAndOnlyTheOwnerAddsOrRemovesOne() throws Exception {
		String hidden;
		String shared;
		Attachment sharedFile;
		try (RecordStore store = open(USER)) {
			hidden = store.save(contact(Releasability.OWNER_ONLY, Tlp.AMBER)).getId();
			shared = store.save(contact(Releasability.ALL_MEMBERS, Tlp.GREEN)).getId();
			Attachment hiddenFile = store.attach(hidden, "oculto.txt", "text/plain", IMAGE);
			sharedFile = store.attach(shared, "compartido.txt", "text/plain", IMAGE);
			try (RecordStore mexico = reopenAs(store, MEXICO)) {
				assertEquals(List.of(), mexico.attachments(hidden));
				assertEquals(Reason.RECORD_NOT_FOUND, refused(() -> mexico.readAttachment(hiddenFile.id())));
				assertFalse(mexico.detach(hiddenFile.id()));
				assertEquals(Reason.RECORD_NOT_FOUND, refused(() -> mexico.attach(hidden, "x.txt", "text/plain", IMAGE)));

				assertEquals(List.of(sharedFile), mexico.attachments(shared));
				assertArrayEquals(IMAGE, mexico.readAttachment(sharedFile.id()));
				assertEquals(Reason.FORBIDDEN, refused(() -> mexico.attach(shared, "x.txt", "text/plain", IMAGE)));
				assertEquals(Reason.FORBIDDEN, refused(() -> mexico.detach(sharedFile.id())));
				assertEquals(List.of(sharedFile), mexico.attachments(shared), "nothing changed");
			}
		}
		try (RecordStore store = open(USER)) {
			assertTrue(store.detach(sharedFile.id()));
			assertEquals(List.of(), store.attachments(shared));
			assertEquals(Reason.RECORD_NOT_FOUND, refused(() -> store.readAttachment(sharedFile.id())));
			assertFalse(Files.exists(data.resolve("attachments").resolve(sharedFile.id() + ".enc")));
		}
	}

	/* The test's own store is closed first: a data folder has one store open at a time. */
	private RecordStore reopenAs(RecordStore current, CurrentUser user) throws InterruptedException {
		current.close();
		return open(user);
	}

	@Test
	void badAttachmentsAreRefusedAndNothingIsStored() throws Exception {
		try (RecordStore store = open(USER)) {
			String id = store.save(contact(Releasability.OWNER_ONLY, Tlp.GREEN)).getId();

			assertEquals(Reason.INVALID, refused(() -> store.attach(id, " ", "text/plain", IMAGE)));
			assertEquals(Reason.INVALID, refused(() -> store.attach(id, "a.txt", "", IMAGE)));
			assertEquals(Reason.INVALID, refused(() -> store.attach(id, "grande.bin", "application/octet-stream",
					new byte[(int) RecordRepository.MAX_ATTACHMENT_BYTES + 1])));
			assertEquals(Reason.RECORD_NOT_FOUND,
					refused(() -> store.attach("no-existe", "a.txt", "text/plain", IMAGE)));
			assertEquals(List.of(), store.attachments(id));
			assertFalse(Files.exists(data.resolve("attachments")) && fileCount(data.resolve("attachments")) > 0);
		}
	}

	@Test
	void aFileMovedUnderAnotherAttachmentsNameIsRefusedAsDamaged() throws Exception {
		try (RecordStore store = open(USER)) {
			String id = store.save(contact(Releasability.OWNER_ONLY, Tlp.GREEN)).getId();
			Attachment first = store.attach(id, "uno.txt", "text/plain", IMAGE);
			Attachment second = store.attach(id, "dos.txt", "text/plain", "otro contenido".getBytes(StandardCharsets.UTF_8));
			Path folder = data.resolve("attachments");
			Files.copy(folder.resolve(first.id() + ".enc"), folder.resolve(second.id() + ".enc"),
					StandardCopyOption.REPLACE_EXISTING);

			assertEquals(Reason.CORRUPT, refused(() -> store.readAttachment(second.id())));
			assertArrayEquals(IMAGE, store.readAttachment(first.id()));
		}
	}

	@Test
	void aScrubRemovesTheFilesAndABackupCarriesThem() throws Exception {
		Path backups = data.resolveSibling(data.getFileName() + "-backups");
		Path restored = data.resolveSibling(data.getFileName() + "-restored");
		Attachment kept;
		Backup backup;
		try (RecordStore store = open(USER)) {
			String scrubbed = store.save(contact(Releasability.OWNER_ONLY, Tlp.GREEN)).getId();
			Attachment gone = store.attach(scrubbed, "borrar.txt", "text/plain", IMAGE);
			String keptRecord = store.save(contact(Releasability.OWNER_ONLY, Tlp.GREEN)).getId();
			kept = store.attach(keptRecord, "guardar.txt", "text/plain", IMAGE);

			assertTrue(store.scrub(scrubbed));
			assertFalse(Files.exists(data.resolve("attachments").resolve(gone.id() + ".enc")));
			assertEquals(Reason.RECORD_NOT_FOUND, refused(() -> store.readAttachment(gone.id())));
			backup = store.backup(backups);
		}
		TestSupport.factoryService().restore(backup.folder(), restored, USER, TestSupport.KEYS, clock);
		try (RecordStore store = TestSupport.factoryService().open(restored, USER, TestSupport.KEYS, clock)) {
			assertArrayEquals(IMAGE, store.readAttachment(kept.id()));
		}
	}

	private static Reason refused(org.junit.jupiter.api.function.Executable call) {
		return assertThrows(StoreException.class, call).reason();
	}

	private static long fileCount(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}
}
