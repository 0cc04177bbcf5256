package org.crm.enlace.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Record ids in the store's order (ascending by id, as {@link RecordRepository#find} gives them), held compactly: an
 * id in the canonical form of a UUID (what the store assigns) takes two longs, so a million of them take 16 MB
 * instead of some 100 MB as strings; any other id is kept as it is. Immutable. Position {@code i} of a list of
 * records is {@link #get get(i)}, whose records {@link RecordRepository#findByIds} reads.
 */
public final class RecordIds {

	public static final RecordIds NONE = new Builder().build();

	private final long[] high;
	private final long[] low;
	/* Positions (ascending) of the ids that are not canonical UUIDs, and those ids; empty in a store's own data. */
	private final int[] otherPositions;
	private final String[] others;

	private RecordIds(long[] high, long[] low, int[] otherPositions, String[] others) {
		this.high = high;
		this.low = low;
		this.otherPositions = otherPositions;
		this.others = others;
	}

	/** These ids, in any order, as a sorted list; an id given twice counts once. */
	public static RecordIds of(Iterable<String> ids) {
		Builder builder = new Builder();
		ids.forEach(builder::add);
		return builder.build();
	}

	public int size() {
		return high.length;
	}

	public boolean isEmpty() {
		return high.length == 0;
	}

	/** The id at {@code index} (0-based) of the order. */
	public String get(int index) {
		if (index < 0 || index >= high.length) {
			throw new IndexOutOfBoundsException(index);
		}
		int other = Arrays.binarySearch(otherPositions, index);
		return other >= 0 ? others[other] : new UUID(high[index], low[index]).toString();
	}

	/** The ids from {@code from} (inclusive) to {@code to} (exclusive), both clamped to the list. */
	public List<String> slice(int from, int to) {
		int start = Math.clamp(from, 0, size());
		int end = Math.clamp(to, start, size());
		List<String> slice = new ArrayList<>(end - start);
		for (int i = start; i < end; i++) {
			slice.add(get(i));
		}
		return slice;
	}

	/** The position of {@code id}, or -1 when it is not in the list. */
	public int indexOf(String id) {
		int lowest = 0;
		int highest = size() - 1;
		Uuid wanted = Uuid.parse(id);
		while (lowest <= highest) {
			int middle = (lowest + highest) >>> 1;
			int order = compareAt(middle, id, wanted);
			if (order == 0) {
				return middle;
			}
			if (order < 0) {
				lowest = middle + 1;
			} else {
				highest = middle - 1;
			}
		}
		return -1;
	}

	private int compareAt(int index, String id, Uuid wanted) {
		if (wanted != null && Arrays.binarySearch(otherPositions, index) < 0) {
			return Uuid.compare(high[index], low[index], wanted.high(), wanted.low());
		}
		return get(index).compareTo(id);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecordIds ids && Arrays.equals(high, ids.high) && Arrays.equals(low, ids.low)
				&& Arrays.equals(otherPositions, ids.otherPositions) && Arrays.equals(others, ids.others);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(high) * 31 + Arrays.hashCode(low);
	}

	@Override
	public String toString() {
		return size() + " ids";
	}

	/** A UUID in its canonical text form (36 characters, lower-case hexadecimal digits), as two longs. */
	private record Uuid(long high, long low) {

		private static final long NOT_A_DIGIT = -1;

		/* Null for any other text: only a canonical form turns back into the very same string. */
		static Uuid parse(String id) {
			if (id.length() != 36) {
				return null;
			}
			long high = 0;
			long low = 0;
			int digits = 0;
			for (int i = 0; i < 36; i++) {
				char c = id.charAt(i);
				if (i == 8 || i == 13 || i == 18 || i == 23) {
					if (c != '-') {
						return null;
					}
					continue;
				}
				long digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : NOT_A_DIGIT;
				if (digit == NOT_A_DIGIT) {
					return null;
				}
				if (digits++ < 16) {
					high = high << 4 | digit;
				} else {
					low = low << 4 | digit;
				}
			}
			return new Uuid(high, low);
		}

		/* Unsigned, digit by digit: the order of the canonical texts, whose dashes stand at the same places. */
		static int compare(long high, long low, long otherHigh, long otherLow) {
			int order = Long.compareUnsigned(high, otherHigh);
			return order != 0 ? order : Long.compareUnsigned(low, otherLow);
		}
	}

	/**
	 * Collects ids in the order a query hands them over and sorts them once at the end. A store's index gives them in
	 * a few sorted runs (one per group of its access index), so the sort merges runs: about linear for those.
	 */
	public static final class Builder {

		private long[] high = new long[1024];
		private long[] low = new long[1024];
		private final BitSet isOther = new BitSet();
		private final Map<Integer, String> others = new HashMap<>();
		private int size;

		public Builder add(String id) {
			if (size == high.length) {
				high = Arrays.copyOf(high, size * 2);
				low = Arrays.copyOf(low, size * 2);
			}
			Uuid uuid = Uuid.parse(id);
			if (uuid == null) {
				isOther.set(size);
				others.put(size, id);
			} else {
				high[size] = uuid.high();
				low[size] = uuid.low();
			}
			size++;
			return this;
		}

		public int size() {
			return size;
		}

		public RecordIds build() {
			int[] order = MergeOrder.sorted(size, this::compare);
			int unique = 0;
			for (int i = 0; i < size; i++) {
				if (unique == 0 || compare(order[unique - 1], order[i]) != 0) {
					order[unique++] = order[i];
				}
			}
			long[] sortedHigh = new long[unique];
			long[] sortedLow = new long[unique];
			List<Integer> otherPositions = new ArrayList<>();
			List<String> otherIds = new ArrayList<>();
			for (int i = 0; i < unique; i++) {
				int from = order[i];
				if (isOther.get(from)) {
					otherPositions.add(i);
					otherIds.add(others.get(from));
				} else {
					sortedHigh[i] = high[from];
					sortedLow[i] = low[from];
				}
			}
			return new RecordIds(sortedHigh, sortedLow, otherPositions.stream().mapToInt(Integer::intValue).toArray(),
					otherIds.toArray(String[]::new));
		}

		private int compare(int a, int b) {
			if (isOther.isEmpty() || !isOther.get(a) && !isOther.get(b)) {
				return Uuid.compare(high[a], low[a], high[b], low[b]);
			}
			return text(a).compareTo(text(b));
		}

		private String text(int position) {
			return isOther.get(position) ? others.get(position) : new UUID(high[position], low[position]).toString();
		}
	}
}
