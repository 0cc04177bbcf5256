package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search through the store: updated in the same commit as the records (and not at all when the
 * transaction fails), accents and case folded, deleted and scrubbed records gone, syntax errors explained, and the
 * index repaired or rebuilt when it lags, is missing or is damaged. Who sees what is {@link AccessMatrixTest}'s.
 */
class SearchTest {

	@TempDir
	Path data;

	private final TestClock clock = new TestClock();
	private RecordStore store;

	@BeforeEach
	void open() throws InterruptedException {
		store = TestSupport.factoryService().open(data, USER, TestSupport.KEYS, clock);
	}

	@AfterEach
	void close() {
		store.close();
	}

	private RecordStore reopen() throws InterruptedException {
		store.close();
		store = TestSupport.factoryService().open(data, USER, TestSupport.KEYS, clock);
		return store;
	}

	private static ContactPoint contact(String fullName) {
		ContactPoint contact = TestSupport.contactPoint();
		contact.setFullName(fullName);
		return contact;
	}

	private List<String> found(String query) {
		return store.search(query, 50).stream().map(Record::getId).toList();
	}

	@Test
	void aSavedRecordIsFoundAtOnceWithAccentsAndCaseFolded() {
		String id = store.save(contact("Marcela NUNEZ Ficticia")).getId();

		assertEquals(List.of(id), found("Núñez"));
		assertEquals(List.of(id), found("nunez"));
		assertEquals(List.of(id), found("marcel*"));
		assertEquals(List.of(), found("Pérez"));
	}

	@Test
	void aChangeReplacesWhatIsFoundAndADeletionOrAScrubRemovesIt() {
		ContactPoint saved = store.save(contact("Rosa Ficticia Alvarado"));
		saved.setFullName("Rosa Ficticia Castellanos");
		store.save(saved);

		assertEquals(List.of(), found("Alvarado"));
		assertEquals(List.of(saved.getId()), found("Castellanos"));

		String other = store.save(contact("Elena Ficticia Castellanos")).getId();
		assertTrue(store.delete(saved.getId()));
		assertEquals(List.of(other), found("Castellanos"));
		assertTrue(store.scrub(other));
		assertEquals(List.of(), found("Castellanos"));
	}

	@Test
	void aFailedTransactionLeavesNothingInTheIndex() {
		ContactPoint good = contact("Transaccion Fallida Ficticia");
		ContactPoint bad = contact("Otra Persona Ficticia");
		bad.setOwnerCountry("MEX");

		assertThrows(StoreException.class, () -> store.saveAll(List.of(good, bad)));

		assertEquals(List.of(), found("Fallida"));
		assertEquals(List.of(), found("Otra"));
	}

	@Test
	void aSyntaxErrorIsExplainedWithoutQuotingTheQuery() {
		store.save(contact("Persona Ficticia"));

		StoreException refused = assertThrows(StoreException.class, () -> store.search("\"Zacarías sin cerrar", 10));

		assertEquals(Reason.SEARCH_SYNTAX, refused.reason());
		assertFalse(refused.getMessage().contains("Zacar"), refused.getMessage());
		assertEquals(List.of(), store.search("   ", 10), "a blank query finds nothing");
	}

	@Test
	void resultsAreCutAtTheLimitBestFirst() {
		List<Record> many = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			many.add(contact("Persona Ficticia Numerada " + i));
		}
		store.saveAll(many);
		String best = store.save(contact("Numerada Numerada Numerada")).getId();

		List<Record> top = store.search("numerada", 5);

		assertEquals(5, top.size());
		assertEquals(best, top.getFirst().getId());
	}

	@Test
	void theIndexSurvivesAReopenAndAnIndexThatLagsIsRepairedAtOpen() throws Exception {
		String first = store.save(contact("Primera Ficticia")).getId();
		store.close();
		Path lagging = data.resolveSibling("index-copy");
		copyTree(data.resolve("index"), lagging);
		store = reopen();
		assertEquals(List.of(first), found("Primera"));
		String second = store.save(contact("Segunda Ficticia")).getId();
		ContactPoint changed = (ContactPoint) store.findById(first).orElseThrow();
		changed.setFullName("Primera Cambiada Ficticia");
		store.save(changed);
		store.close();
		// As after a crash between the database's commit and the index's: the index misses the last writes.
		deleteTree(data.resolve("index"));
		copyTree(lagging, data.resolve("index"));

		store = reopen();

		assertEquals(List.of(second), found("Segunda"));
		assertEquals(List.of(first), found("Cambiada"));
		assertTrue(store.searchReady());
	}

	@Test
	void aMissingOrDamagedIndexIsRebuiltAtOpenInsteadOfFailing() throws Exception {
		String id = store.save(contact("Reconstruida Ficticia")).getId();
		store.close();
		deleteTree(data.resolve("index"));
		store = reopen();
		assertEquals(List.of(id), found("Reconstruida"));
		store.close();
		try (Stream<Path> files = Files.list(data.resolve("index"))) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
			}
		}

		store = reopen();

		assertEquals(List.of(id), found("Reconstruida"));
	}

	@Test
	void aRebuildOnDemandReportsProgressAndCanBeCancelled() {
		List<Record> records = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Organization organization = TestSupport.organization();
			organization.setAcronym("ORG" + i);
			records.add(organization);
		}
		store.saveAll(records);
		List<long[]> reported = new ArrayList<>();

		boolean cancelled = !store.rebuildSearchIndex(new Progress() {
			@Override
			public void worked(long done, long total) {
				reported.add(new long[] { done, total });
			}

			@Override
			public boolean isCancelled() {
				return true;
			}
		});
		assertTrue(cancelled);
		assertEquals(40, store.search("org*", 100).size(), "a cancelled rebuild leaves the index as it was");

		assertTrue(store.rebuildSearchIndex(new Progress() {
			@Override
			public void worked(long done, long total) {
				reported.add(new long[] { done, total });
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		}));
		long[] last = reported.getLast();
		assertEquals(40, last[0]);
		assertEquals(40, last[1]);
		assertEquals(40, store.search("org*", 100).size());
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path path : walk.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
