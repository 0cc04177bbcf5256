package org.crm.enlace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.crm.enlace.core.store.RecordIds;
import org.junit.jupiter.api.Test;

/** The store's ids in its order, compactly: sorted as strings sort, whatever order they come in, and found again. */
class RecordIdsTest {

	private static final Random RANDOM = new Random(20261129);

	@Test
	void idsInAnyOrderComeOutSortedAsTheStoreSortsThemAndEachIsFoundAtItsPlace() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			ids.add(new UUID(RANDOM.nextLong(), RANDOM.nextLong()).toString());
		}
		List<String> sorted = new ArrayList<>(ids);
		Collections.sort(sorted);

		RecordIds recordIds = RecordIds.of(ids);

		assertEquals(sorted.size(), recordIds.size());
		assertEquals(sorted, recordIds.slice(0, recordIds.size()));
		for (int i = 0; i < sorted.size(); i += 97) {
			assertEquals(i, recordIds.indexOf(sorted.get(i)));
		}
		assertEquals(-1, recordIds.indexOf(new UUID(RANDOM.nextLong(), RANDOM.nextLong()).toString()));
	}

	/* What Derby hands over from its access index: one sorted run per releasability and owner. */
	@Test
	void aFewSortedRunsAreMergedAndDuplicatesCountOnce() {
		List<String> runs = new ArrayList<>();
		List<String> all = new ArrayList<>();
		for (int run = 0; run < 4; run++) {
			List<String> part = new ArrayList<>();
			for (int i = 0; i < 1_000; i++) {
				part.add(new UUID(RANDOM.nextLong(), RANDOM.nextLong()).toString());
			}
			Collections.sort(part);
			runs.addAll(part);
			all.addAll(part);
		}
		runs.add(all.get(10));
		Collections.sort(all);

		assertEquals(all, RecordIds.of(runs).slice(0, Integer.MAX_VALUE));
	}

	@Test
	void idsThatAreNotCanonicalUuidsAreKeptAsTheyAreInTheirPlace() {
		String upper = "0000000A-0000-4000-8000-000000000001";
		String canonical = "0000000a-0000-4000-8000-000000000001";
		List<String> ids = List.of("v2-gtm-organization", canonical, "ffffffff-ffff-4fff-bfff-ffffffffffff", upper,
				"00000000-0000-4000-8000-000000000002", "zz", "");
		List<String> sorted = new ArrayList<>(ids);
		Collections.sort(sorted);

		RecordIds recordIds = RecordIds.of(ids);

		assertEquals(sorted, recordIds.slice(0, recordIds.size()));
		for (String id : ids) {
			assertEquals(sorted.indexOf(id), recordIds.indexOf(id), id);
		}
		assertEquals(upper, recordIds.get(sorted.indexOf(upper)), "an upper-case UUID stays as stored");
	}

	@Test
	void aSliceIsClampedToTheListAndAPositionOutsideItIsRefused() {
		RecordIds ids = RecordIds.of(List.of("00000000-0000-4000-8000-000000000002",
				"00000000-0000-4000-8000-000000000001"));

		assertEquals(List.of("00000000-0000-4000-8000-000000000002"), ids.slice(1, 100));
		assertEquals(List.of(), ids.slice(5, 10));
		assertEquals(List.of(), RecordIds.NONE.slice(0, 100));
		assertTrue(RecordIds.NONE.isEmpty());
		assertThrows(IndexOutOfBoundsException.class, () -> ids.get(2));
		assertThrows(IndexOutOfBoundsException.class, () -> ids.get(-1));
	}

	/* 16 bytes an id (as strings they would take some 100 MB): a million ids fit the 256 MB of the whole workbench. */
	@Test
	void aMillionIdsTakeAboutSixteenMegabytes() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		RecordIds ids = randomIds(1_000_000);
		System.gc();
		long after = runtime.totalMemory() - runtime.freeMemory();

		assertEquals(1_000_000, ids.size());
		assertTrue(after - before < 24L * 1024 * 1024, () -> (after - before) / 1024 / 1024 + " MB");
	}

	private static RecordIds randomIds(int count) {
		RecordIds.Builder builder = new RecordIds.Builder();
		for (int i = 0; i < count; i++) {
			builder.add(new UUID(RANDOM.nextLong(), RANDOM.nextLong()).toString());
		}
		return builder.build();
	}
}
