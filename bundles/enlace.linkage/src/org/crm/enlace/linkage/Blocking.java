package org.crm.enlace.linkage;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Candidate pairs from blocking keys, in primitive arrays: every (key, record) is one long, the longs are sorted in
 * parallel, and each run of equal keys of at most {@link #MAX_BLOCK} records gives its pairs, which are sorted and
 * made unique (a pair sharing three keys is compared once). Larger blocks are skipped and counted: a key shared by
 * hundreds of persons says little and would make the cost quadratic.
 */
final class Blocking {

	static final int MAX_BLOCK = 100;
	/* A record's index takes the low 24 bits, the key's hash the high 40. */
	private static final int INDEX_BITS = 24;
	static final int MAX_RECORDS = 1 << INDEX_BITS;

	/** The candidate pairs, each {@code i << 32 | j} with {@code i < j}, sorted; and the blocks skipped. */
	record Candidates(long[] pairs, int skippedBlocks) {
	}

	private Blocking() {
	}

	static Candidates candidates(int records, IntFunction<long[]> keysOf) {
		if (records > MAX_RECORDS) {
			throw new IllegalArgumentException("at most " + MAX_RECORDS + " persons");
		}
		long[][] keys = new long[records][];
		IntStream.range(0, records).parallel().forEach(i -> keys[i] = keysOf.apply(i));
		int total = 0;
		for (long[] k : keys) {
			total += k.length;
		}
		long[] entries = new long[total];
		int n = 0;
		for (int i = 0; i < records; i++) {
			for (long key : keys[i]) {
				entries[n++] = key >>> INDEX_BITS << INDEX_BITS | i;
			}
			keys[i] = null;
		}
		Arrays.parallelSort(entries);
		LongList pairs = new LongList(total * 2);
		int skipped = 0;
		int start = 0;
		while (start < entries.length) {
			long key = entries[start] >>> INDEX_BITS;
			int end = start + 1;
			while (end < entries.length && entries[end] >>> INDEX_BITS == key) {
				end++;
			}
			if (end - start > MAX_BLOCK) {
				skipped++;
			} else {
				for (int x = start; x < end; x++) {
					long i = entries[x] & (MAX_RECORDS - 1);
					for (int y = x + 1; y < end; y++) {
						long j = entries[y] & (MAX_RECORDS - 1);
						if (i != j) {
							pairs.add(i < j ? i << 32 | j : j << 32 | i);
						}
					}
				}
			}
			start = end;
		}
		long[] sorted = pairs.toArray();
		Arrays.parallelSort(sorted);
		int unique = 0;
		for (int x = 0; x < sorted.length; x++) {
			if (x == 0 || sorted[x] != sorted[x - 1]) {
				sorted[unique++] = sorted[x];
			}
		}
		return new Candidates(Arrays.copyOf(sorted, unique), skipped);
	}

	/** A growable array of longs. */
	static final class LongList {
		private long[] values;
		private int size;

		LongList(int capacity) {
			values = new long[Math.max(16, capacity)];
		}

		void add(long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, values.length * 2);
			}
			values[size++] = value;
		}

		int size() {
			return size;
		}

		long get(int index) {
			return values[index];
		}

		long[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}
}
