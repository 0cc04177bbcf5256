package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.crm.enlace.search.tests.TestRecords.contact;
import static org.crm.enlace.search.tests.TestRecords.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexes;
import org.crm.enlace.search.IndexDrift;
import org.crm.enlace.search.IndexUpdate;
import org.crm.enlace.search.OpenState;
import org.crm.enlace.search.SearchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updates follow the store's transactions: visible at commit, gone at rollback, kept across a reopen. */
class UpdateTest {

	@TempDir
	Path folder;

	@Test
	void aCommittedRecordIsFoundAndADeletedOneIsNot() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			ContactPoint ana = contact("Ana Ficticia Núñez");
			ContactPoint luis = contact("Luis Ficticio Núñez");
			index.index(ana);
			index.index(luis);
			assertEquals(2, index.size());

			index.delete(ana.getId());

			assertEquals(List.of(luis.getId()), ids(index, "nunez"));
			assertEquals(1, index.size());
		}
	}

	@Test
	void indexingARecordAgainReplacesItsOldText() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			ContactPoint contact = contact("Ana Ficticia Núñez");
			index.index(contact);
			contact.setFullName("Ana Ficticia Peña");
			contact.setVersion(2);
			index.index(contact);

			assertEquals(List.of(), ids(index, "nunez"));
			assertEquals(List.of(contact.getId()), ids(index, "pena"));
			assertEquals(1, index.size());
		}
	}

	@Test
	void aPreparedUpdateIsInvisibleUntilItsCommitAndThenCarriesTheStoresMark() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			ContactPoint contact = contact("Ramón Ficticio Ibáñez");
			try (IndexUpdate update = index.begin()) {
				update.index(contact);
				update.prepare("store-tx-41");
				assertEquals(List.of(), ids(index, "ibanez"), "not visible before the database commits");
				assertEquals(Optional.empty(), index.committedMark());

				update.commit();
			}
			assertEquals(List.of(contact.getId()), ids(index, "ibanez"));
			assertEquals(Optional.of("store-tx-41"), index.committedMark());
		}
	}

	@Test
	void anUpdateClosedWithoutCommitLeavesNoTraceAndTheIndexGoesOn() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			ContactPoint kept = contact("Inés Ficticia Zúñiga");
			index.index(kept);
			ContactPoint rolledBack = contact("Héctor Ficticio Zúñiga");
			try (IndexUpdate update = index.begin()) {
				update.index(rolledBack);
				update.delete(kept.getId());
				update.prepare("never-committed");
				// the database transaction fails here: no commit
			}

			assertEquals(List.of(kept.getId()), ids(index, "zuniga"));
			assertEquals(Optional.empty(), index.committedMark());
			ContactPoint later = contact("Mónica Ficticia Zúñiga");
			index.index(later);
			assertEquals(Set.of(kept.getId(), later.getId()), Set.copyOf(ids(index, "zuniga")));
		}
	}

	@Test
	void reopeningKeepsTheCommittedIndexAndItsState() {
		ContactPoint contact = contact("Joaquín Ficticio Mejía");
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			assertEquals(OpenState.CREATED, index.openState());
			assertTrue(index.needsRebuild(), "a new index has not been filled from the store yet");
			index.rebuild(List.of(contact), 1, "store-tx-7", Progress.NONE);
			assertFalse(index.needsRebuild());
		}

		try (FullTextIndex reopened = FullTextIndexes.open(folder, KEY)) {
			assertEquals(OpenState.EXISTING, reopened.openState());
			assertFalse(reopened.needsRebuild());
			assertEquals(Optional.of("store-tx-7"), reopened.committedMark());
			assertEquals(List.of(contact.getId()), ids(reopened, "mejia"));
			assertEquals(1, reopened.size());
		}
	}

	/** The crash the two-phase protocol leaves: the database committed, the index did not. */
	@Test
	void afterACrashBetweenTheTwoCommitsVerifyNamesWhatToReindex() {
		ContactPoint unchanged = contact("Lucía Ficticia Ríos");
		ContactPoint edited = contact("Andrés Ficticio Cruz");
		ContactPoint removedFromStore = contact("Sofía Ficticia Flores");
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			TestRecords.rebuildWith(index, List.of(unchanged, edited, removedFromStore));
			ContactPoint created = contact("Iván Ficticio Chávez");
			IndexUpdate update = index.begin();
			update.index(created);
			update.prepare("store-tx-2");
			// the store commits store-tx-2 with "created" and a new version of "edited", then the process dies
			update.close();
			edited.setVersion(2);

			IndexDrift drift = index.verify(Map.of(unchanged.getId(), 1, edited.getId(), 2, created.getId(), 1));

			assertEquals(Set.of(edited.getId(), created.getId()), drift.toReindex());
			assertEquals(Set.of(removedFromStore.getId()), drift.toRemove());
		}
	}

	@Test
	void anIndexInStepWithTheStoreHasNoDrift() {
		ContactPoint contact = contact("Lucía Ficticia Ríos");
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			TestRecords.rebuildWith(index, List.of(contact));
			index.delete(contact.getId());
			index.index(contact);

			assertTrue(index.verify(Map.of(contact.getId(), 1)).isEmpty());
			assertEquals(Set.of(contact.getId()), index.verify(Map.of()).toRemove());
		}
	}

	/** Lucene quotes an oversized term in its message; that must not reach the user or a log. */
	@Test
	void aFailureOfLuceneNeverQuotesTheRecord() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			ContactPoint kept = contact("Ana Ficticia Peña");
			index.index(kept);
			ContactPoint oversized = contact("Ana Ficticia Núñez");
			oversized.setOwnerCountry("Núñez".repeat(10_000));

			SearchException failure = assertThrows(SearchException.class, () -> index.index(oversized));

			assertEquals(SearchException.Reason.FAILED, failure.reason());
			assertNull(failure.getCause());
			assertFalse(failure.getMessage().contains("Núñez"), failure.getMessage());
			assertEquals(List.of(kept.getId()), ids(index, "ana"), "the failed update left nothing behind");
		}
	}

	@Test
	void aSecondOpenOfTheSameFolderIsRefusedAndTheFirstGoesOn() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			ContactPoint contact = contact("Óscar Ficticio Morales");
			index.index(contact);

			SearchException refused = assertThrows(SearchException.class, () -> FullTextIndexes.open(folder, KEY));

			assertEquals(SearchException.Reason.LOCKED, refused.reason());
			assertEquals(List.of(contact.getId()), ids(index, "morales"));
		}
	}

	@Test
	void aClosedIndexSaysSo() {
		FullTextIndex index = FullTextIndexes.open(folder, KEY);
		index.close();

		SearchException closed = assertThrows(SearchException.class, () -> index.search("morales", 10));

		assertEquals(SearchException.Reason.CLOSED, closed.reason());
		assertThrows(SearchException.class, index::begin);
	}

	@Test
	void oneThreadCannotOpenTwoUpdatesAtOnce() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY); IndexUpdate update = index.begin()) {
			assertThrows(IllegalStateException.class, index::begin);
			update.prepare(null);
			assertThrows(IllegalStateException.class, () -> update.index(contact("Nadie")), "no change after prepare");
		}
	}
}
