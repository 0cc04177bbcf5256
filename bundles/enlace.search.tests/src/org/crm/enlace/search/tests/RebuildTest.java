package org.crm.enlace.search.tests;

import static org.crm.enlace.search.tests.TestKeys.KEY;
import static org.crm.enlace.search.tests.TestRecords.contact;
import static org.crm.enlace.search.tests.TestRecords.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Record;
import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexes;
import org.crm.enlace.search.RebuildOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Rebuilt on demand": long work that shows its progress, can be cancelled, and replaces the index at once. */
class RebuildTest {

	private static final int RECORDS = 2_500;

	@TempDir
	Path folder;

	@Test
	void aRebuildReportsItsProgressAndReplacesTheWholeIndex() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			ContactPoint obsolete = contact("Persona Ficticia Obsoleta");
			index.index(obsolete);
			ProgressLog progress = new ProgressLog(Long.MAX_VALUE);

			RebuildOutcome outcome = index.rebuild(numbered(RECORDS), RECORDS, "store-tx-9", progress);

			assertEquals(RebuildOutcome.COMPLETED, outcome);
			assertEquals(List.of(1_000L, 2_000L, 2_500L), progress.done);
			assertTrue(progress.expected.stream().allMatch(e -> e == RECORDS), progress.expected.toString());
			assertEquals(RECORDS, index.size());
			assertEquals(List.of(), ids(index, "obsoleta"), "a rebuild replaces, it does not add");
			assertEquals(1, ids(index, "ficticio1234").size());
			assertFalse(index.needsRebuild());
		}
	}

	@Test
	void aCancelledRebuildLeavesTheIndexAsItWas() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			ContactPoint before = contact("Persona Ficticia Anterior");
			TestRecords.rebuildWith(index, List.of(before));
			ProgressLog cancelAfter1500 = new ProgressLog(1_500);

			RebuildOutcome outcome = index.rebuild(numbered(RECORDS), RECORDS, "store-tx-10", cancelAfter1500);

			assertEquals(RebuildOutcome.CANCELLED, outcome);
			assertEquals(List.of(1_000L), cancelAfter1500.done);
			assertEquals(1_500, cancelAfter1500.asked - 1, "asked before each record, stopped at the first 'yes'");
			assertEquals(List.of(before.getId()), ids(index, "anterior"));
			assertEquals(List.of(), ids(index, "ficticio12"));
			assertEquals(1, index.size());
			assertFalse(index.committedMark().isPresent());
			// and the index still takes updates
			ContactPoint after = contact("Persona Ficticia Posterior");
			index.index(after);
			assertEquals(List.of(after.getId()), ids(index, "posterior"));
		}
	}

	@Test
	void aCancelledFirstRebuildStillNeedsRebuilding() {
		try (FullTextIndex index = FullTextIndexes.open(folder, KEY)) {
			index.rebuild(numbered(RECORDS), RECORDS, null, new ProgressLog(10));

			assertTrue(index.needsRebuild());
			assertEquals(0, index.size());
		}
	}

	/** Contact points "Persona Ficticio<n>", made as the rebuild asks for them, as the store would stream them. */
	private static Iterable<Record> numbered(int count) {
		return () -> IntStream.range(0, count).<Record>mapToObj(i -> contact("Persona Ficticio" + i)).iterator();
	}

	/** Notes the progress and says "cancel" once asked more than {@code cancelAfter} times. */
	private static final class ProgressLog implements Progress {

		final List<Long> done = new ArrayList<>();
		final List<Long> expected = new ArrayList<>();
		private final long cancelAfter;
		long asked;

		ProgressLog(long cancelAfter) {
			this.cancelAfter = cancelAfter;
		}

		@Override
		public void worked(long doneSoFar, long expectedCount) {
			done.add(doneSoFar);
			expected.add(expectedCount);
		}

		@Override
		public boolean isCancelled() {
			return ++asked > cancelAfter;
		}
	}
}
