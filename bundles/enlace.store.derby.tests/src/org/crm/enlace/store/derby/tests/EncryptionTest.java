package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest: what a record holds is found in no file of the data folder or of a backup, in any of the
 * encodings a database could use; the files alone, or other keys, open nothing; a database of an earlier Enlace,
 * made before encryption, is encrypted when first opened.
 */
class EncryptionTest {

	private static final String SENTINEL = "CENTINELA-Zq7Xw-\u00d1and\u00fa";
	private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
			StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1);

	@TempDir
	Path temporary;

	private RecordStoreFactory factory;
	private final TestClock clock = new TestClock();

	@BeforeEach
	void findFactory() throws InterruptedException {
		factory = TestSupport.factoryService();
	}

	@Test
	void aSentinelSavedInARecordIsInNoFileOfTheDataFolderNorOfABackup() throws IOException {
		Path data = temporary.resolve("data");
		Files.createDirectories(data);
		Account account = new Account(USER.userName(), USER.country(), USER.role());
		Keyring.create(data, NodeKeys.generate(), Map.of(account, "clave-de-prueba-larga".toCharArray()), 1_000,
				clock);
		Unlocked login;
		try (Credentials credentials = new Credentials(USER.userName(), "clave-de-prueba-larga".toCharArray())) {
			login = Keyring.read(data, clock).unlock(credentials);
		}
		Path backups = temporary.resolve("backups");
		try (RecordStore store = factory.open(data, login.account().asCurrentUser(), login.keys(), clock)) {
			ContactPoint contact = TestSupport.contactPoint();
			contact.setFullName(SENTINEL);
			contact.setAgency(SENTINEL.toLowerCase());
			String id = store.save(contact).getId();
			// Old versions and the audit trail hold content or ids too.
			ContactPoint changed = (ContactPoint) store.findById(id).orElseThrow();
			changed.setTitle(SENTINEL);
			store.save(changed);
			store.attach(id, "foto-de-prueba.txt", "text/plain",
					(SENTINEL + " en un adjunto").getBytes(StandardCharsets.UTF_8));
			store.backup(backups);
			assertEquals(SENTINEL, ((ContactPoint) store.findById(id).orElseThrow()).getFullName(),
					"the store itself reads it back");
			assertEquals(1, store.search("zq7xw", 10).size(), "and the full-text index holds it");
			assertTrue(new String(store.readAttachment(store.attachments(id).getFirst().id()),
					StandardCharsets.UTF_8).startsWith(SENTINEL));
		}

		List<String> found = new ArrayList<>();
		for (String form : List.of(SENTINEL, SENTINEL.toLowerCase(java.util.Locale.ROOT), "zq7xw")) {
			found.addAll(filesHolding(data, form));
			found.addAll(filesHolding(backups, form));
		}
		assertEquals(List.of(), found);
		assertTrue(Files.isRegularFile(data.resolve(Keyring.FILE_NAME)));
		assertTrue(countFiles(backups) > 3, "the backup was written");
	}

	@Test
	void otherKeysOpenNothingAndChangeNothing() {
		Path data = temporary.resolve("data");
		try (RecordStore store = factory.open(data, USER, TestSupport.KEYS, clock)) {
			store.save(TestSupport.country());
		}

		StoreException refused = assertThrows(StoreException.class,
				() -> factory.open(data, USER, NodeKeys.generate(), clock));
		assertEquals(Reason.WRONG_KEYS, refused.reason());
		assertTrue(refused.getMessage().contains(data.toString()), refused.getMessage());
		assertFalse(refused.getMessage().contains(TestSupport.KEYS.databaseKeyHex()));

		try (RecordStore store = factory.open(data, USER, TestSupport.KEYS, clock)) {
			assertEquals(1, store.count(EnlacePackage.Literals.COUNTRY));
		}
	}

	@Test
	void aDatabaseMadeBeforeEncryptionIsEncryptedWhenFirstOpened() throws IOException {
		Path data = temporary.resolve("data");
		DatabaseResources.unzip("resources/v2-database/v2-database.zip", data);
		String plain = "Instituto Ficticio de Migr";
		assertFalse(filesHolding(data, plain).isEmpty(), "the version 2 database holds it in plain text");
		CurrentUser guatemala = new CurrentUser("gt.enlace", "GTM", Role.LIAISON_OFFICER);

		try (RecordStore store = factory.open(data, guatemala, TestSupport.KEYS, clock)) {
			assertEquals(1, store.count(EnlacePackage.Literals.ORGANIZATION));
		}

		assertEquals(List.of(), filesHolding(data, plain));
		try (RecordStore store = factory.open(data, guatemala, TestSupport.KEYS, clock)) {
			List<Record> records = store.findAll(EnlacePackage.Literals.ORGANIZATION, Record.class);
			assertEquals(1, records.size());
		}
		assertEquals(Reason.WRONG_KEYS, assertThrows(StoreException.class,
				() -> factory.open(data, guatemala, NodeKeys.generate(), clock)).reason());
	}

	/** The files under {@code folder} whose bytes hold {@code text} in one of the encodings, case-sensitive. */
	static List<String> filesHolding(Path folder, String text) throws IOException {
		List<String> holding = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] content = Files.readAllBytes(file);
				for (Charset encoding : ENCODINGS) {
					if (indexOf(content, text.getBytes(encoding)) >= 0) {
						holding.add(folder.relativize(file) + " (" + encoding + ")");
					}
				}
			}
		}
		return holding;
	}

	private static long countFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private static int indexOf(byte[] content, byte[] pattern) {
		outer: for (int i = 0; i <= content.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (content[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
