package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.crm.enlace.search.tests.TestRecords.contact;
import static org.crm.enlace.search.tests.TestRecords.ids;
import static org.crm.enlace.search.tests.TestRecords.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexes;
import org.crm.enlace.search.IndexUpdate;
import org.crm.enlace.search.OpenState;
import org.crm.enlace.search.SearchException;
import org.crm.enlace.search.internal.BilingualAnalyzer;
import org.crm.enlace.search.internal.IndexFields;
import org.crm.enlace.search.internal.SyntheticRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Encryption at rest": no file of the index folder holds what was indexed, in any form the analysis makes of it; the
 * index reopens with its key; a folder written with another key, or before encryption, is a damaged index (wiped,
 * rebuilt), not a crash.
 */
class EncryptionAtRestTest {

	/** A name no dictionary holds, with an accent and an "ñ" for the analysis to fold, and a digit. */
	private static final String SENTINEL = "Qz7Ñúrvwkx";
	/** What the analysis makes of it: the term the index holds. */
	private static final String FOLDED = "qz7nurvwkx";
	private static final String MARKER = "enlace-search-index.txt";
	private static final String KEY_CHECK = "enlace-search-key.bin";

	@TempDir
	Path folder;

	private final ContactPoint person = contact("Ana Ficticia " + SENTINEL + " Peña");
	private final Organization organization = organization("Fundación ficticia " + SENTINEL,
			"Acompaña a la familia " + SENTINEL.toUpperCase(Locale.ROOT) + " en su retorno");

	@Test
	void noFileHoldsTheTextInAnyFormBeforeOrAfterTheCommit() throws IOException {
		assertEquals(List.of(FOLDED), new BilingualAnalyzer().terms(SENTINEL));
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			// One commit each, so that Lucene writes several segments and merges them.
			for (Record record : records(12)) {
				index.index(record);
			}
			index.index(person);
			try (IndexUpdate update = index.begin()) {
				update.index(organization);
				update.prepare("store-tx-1");
				assertNoPlainText("prepared, not yet committed");
				update.commit();
			}
			assertEquals(Set.of(person.getId(), organization.getId()), Set.copyOf(ids(index, SENTINEL)));
		}

		assertNoPlainText("committed and closed");
		assertEquals(Set.of(MARKER, KEY_CHECK, IndexWriter.WRITE_LOCK_NAME, "segments_", "lucene"),
				Set.copyOf(DiskBytes.files(folder).stream().map(EncryptionAtRestTest::kind).toList()),
				"beside Lucene's own files, only the marker, the key check and the lock");
	}

	@Test
	void theIndexReopensWithItsKey() {
		List<Record> records = records(3_000);
		records.add(person);
		records.add(organization);
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			index.rebuild(records, records.size(), "store-tx-5", Progress.NONE);
		}

		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			assertEquals(OpenState.EXISTING, index.openState());
			assertFalse(index.needsRebuild());
			assertEquals(records.size(), index.size());
			assertEquals(Set.of(person.getId(), organization.getId()),
					Set.copyOf(ids(index, FOLDED.toUpperCase(Locale.ROOT))));
			assertEquals(List.of(person.getId()), ids(index, "\"ficticia " + SENTINEL + " peña\""));
			assertTrue(ids(index, "Núñez").size() > 10, "the synthetic records are found too");
		}
	}

	@Test
	void anotherKeyFindsADamagedIndexWipesItAndTakesARebuild() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			TestRecords.rebuildWith(index, List.of(person));
		}
		SecretKey otherKey = TestKeys.newKey();

		try (FullTextIndex index = FullTextIndexes.open(folder, otherKey)) {
			assertEquals(OpenState.REPLACED_BROKEN, index.openState());
			assertTrue(index.needsRebuild());
			assertEquals(0, index.size());
			assertEquals(List.of(), ids(index, SENTINEL));

			TestRecords.rebuildWith(index, List.of(person, organization));

			assertFalse(index.needsRebuild());
			assertEquals(2, ids(index, SENTINEL).size());
		}
		try (FullTextIndex index = FullTextIndexes.open(folder, otherKey)) {
			assertEquals(OpenState.EXISTING, index.openState());
			assertEquals(2, index.size());
		}
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			assertEquals(OpenState.REPLACED_BROKEN, index.openState(), "the first key is now the wrong one");
		}
	}

	/** Should the check and the files disagree, Lucene's checksums catch the garbage: still a rebuild, no crash. */
	@Test
	void filesOfAnotherKeyBehindAMatchingKeyCheckAreDamagedToo() throws IOException {
		Path mine = folder.resolve("mine");
		Path theirs = folder.resolve("theirs");
		SecretKey theirKey = TestKeys.newKey();
		try (FullTextIndex index = FullTextIndexes.open(mine, KEY)) {
			TestRecords.rebuildWith(index, List.of(person));
		}
		FullTextIndexes.open(theirs, theirKey).close();
		Files.copy(theirs.resolve(KEY_CHECK), mine.resolve(KEY_CHECK), StandardCopyOption.REPLACE_EXISTING);

		try (FullTextIndex index = FullTextIndexes.open(mine, theirKey)) {
			assertEquals(OpenState.REPLACED_BROKEN, index.openState());
			assertTrue(index.needsRebuild());
			TestRecords.rebuildWith(index, List.of(organization));
			assertEquals(List.of(organization.getId()), ids(index, SENTINEL));
		}
	}

	/**
	 * The same scan finds the term in a plain Lucene index (so its absence above means something); Enlace then finds
	 * such a folder, as an Enlace before encryption left it, a damaged index and leaves no plain text behind.
	 */
	@Test
	void aPlainIndexIsFoundByTheScanAndReplacedAtOpen() throws IOException {
		try (Directory plain = new NIOFSDirectory(folder);
				IndexWriter writer = new IndexWriter(plain, new IndexWriterConfig(new BilingualAnalyzer()))) {
			Document document = new Document();
			document.add(new StringField(IndexFields.ID, person.getId(), Field.Store.YES));
			document.add(new TextField(IndexFields.TEXT, person.getFullName(), Field.Store.NO));
			writer.addDocument(document);
			writer.commit();
		}
		Files.writeString(folder.resolve(MARKER), "Enlace full-text search index.");
		assertFalse(DiskBytes.filesHolding(folder, FOLDED).isEmpty(), "the scan finds a plain index's terms");

		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			assertEquals(OpenState.REPLACED_BROKEN, index.openState());
			assertTrue(index.needsRebuild());
			assertEquals(0, index.size());
			TestRecords.rebuildWith(index, List.of(person));
		}

		assertNoPlainText("after replacing a plain index");
	}

	@Test
	void anotherKeyCannotWipeAnIndexInUse() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			index.index(person);

			SearchException refused = assertThrows(SearchException.class,
					() -> FullTextIndexes.open(folder, TestKeys.newKey()));

			assertEquals(SearchException.Reason.LOCKED, refused.reason());
			assertEquals(List.of(person.getId()), ids(index, SENTINEL));
		}
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			assertEquals(OpenState.EXISTING, index.openState());
			assertEquals(1, index.size());
		}
	}

	@Test
	void onlyA256BitAesKeyIsTaken() {
		Path unopened = folder.resolve("unopened");

		assertThrows(IllegalArgumentException.class,
				() -> FullTextIndexes.open(unopened, new SecretKeySpec(new byte[16], "AES")));
		assertThrows(IllegalArgumentException.class,
				() -> FullTextIndexes.open(unopened, new SecretKeySpec(new byte[32], "HmacSHA256")));
		assertThrows(NullPointerException.class, () -> FullTextIndexes.open(unopened, null));
		assertFalse(Files.exists(unopened), "nothing is created with a key that cannot be used");
	}

	/** Every byte of every file: the sentinel as typed, lower-cased and folded, and the ids (the stored values). */
	private void assertNoPlainText(String when) throws IOException {
		List<String> forms = List.of(SENTINEL, SENTINEL.toLowerCase(Locale.ROOT), SENTINEL.toUpperCase(Locale.ROOT),
				FOLDED, person.getId(), organization.getId());
		for (String form : forms) {
			assertEquals(List.of(), DiskBytes.filesHolding(folder, form), form + " on disk, " + when);
		}
	}

	private static List<Record> records(int count) {
		List<Record> records = new ArrayList<>();
		new SyntheticRecords(11, count).forEach(records::add);
		return records;
	}

	/** A file's name, or for Lucene's own files their kind: segments_N, or "lucene" for the codec's files. */
	private static String kind(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith("segments_") ? "segments_" : name.startsWith("_") ? "lucene" : name;
	}
}
