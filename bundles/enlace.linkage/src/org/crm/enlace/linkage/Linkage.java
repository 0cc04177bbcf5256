package org.crm.enlace.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Linkage of persons: add them in batches (each is turned at once into what the mode compares, so a million persons
 * fit), then {@link #link} reports every pair at or above the threshold, with the analyst's decisions applied.
 * {@link #plain()} compares names and dates with a Fellegi-Sunter model; {@link #encoded(byte[])} compares only
 * Bloom-filter encodings keyed with the network's secret.
 */
public abstract sealed class Linkage permits PlainLinkage, EncodedLinkage {

	private static final int CHUNK = 1 << 16;
	private int skippedBlocks;
	private int candidatePairs;

	public static PlainLinkage plain() {
		return new PlainLinkage();
	}

	public static EncodedLinkage encoded(byte[] secret) {
		return new EncodedLinkage(new BloomFilterEncoder(secret));
	}

	/** Adds persons; ids must be unique across batches (the reader checks it). */
	public abstract void add(List<Person> batch);

	/** The threshold that separated best the generated data of the benchmarks (docs/linkage.md). */
	public abstract double defaultThreshold();

	abstract int size();

	abstract String id(int index);

	abstract long[] blockingKeys(int index);

	abstract double score(int i, int j);

	/** Every pair scoring at least {@code threshold}, confirmed pairs (score 1) added and rejected ones left out. */
	public final List<MatchedPair> link(double threshold, Decisions decisions) {
		Blocking.Candidates candidates = Blocking.candidates(size(), this::blockingKeys);
		skippedBlocks = candidates.skippedBlocks();
		long[] pairs = candidates.pairs();
		candidatePairs = pairs.length;
		int chunks = (pairs.length + CHUNK - 1) / CHUNK;
		List<List<MatchedPair>> found = IntStream.range(0, chunks).parallel()
				.mapToObj(chunk -> scoreChunk(pairs, chunk * CHUNK, Math.min(pairs.length, (chunk + 1) * CHUNK),
						threshold, decisions))
				.toList();
		List<MatchedPair> matched = new ArrayList<>();
		found.forEach(matched::addAll);
		if (!decisions.isEmpty()) {
			addConfirmed(matched, decisions);
		}
		return matched;
	}

	/** Blocks left out as too large in the last run: their persons were compared through their other keys only. */
	public final int skippedBlocks() {
		return skippedBlocks;
	}

	/** Pairs compared in the last run. */
	public final int candidatePairs() {
		return candidatePairs;
	}

	private List<MatchedPair> scoreChunk(long[] pairs, int from, int to, double threshold, Decisions decisions) {
		List<MatchedPair> matched = new ArrayList<>();
		for (int x = from; x < to; x++) {
			int i = (int) (pairs[x] >>> 32);
			int j = (int) pairs[x];
			double score = score(i, j);
			if (score >= threshold) {
				String idA = id(i);
				String idB = id(j);
				if (decisions.isEmpty() || decisions.of(idA, idB).isEmpty()) {
					matched.add(new MatchedPair(idA, idB, score));
				}
			}
		}
		return matched;
	}

	/* Confirmed pairs whose persons are both here, whether or not blocking put them together. */
	private void addConfirmed(List<MatchedPair> matched, Decisions decisions) {
		Map<String, Integer> indexes = new HashMap<>();
		IntFunction<String> ids = this::id;
		for (int i = 0; i < size(); i++) {
			indexes.put(ids.apply(i), i);
		}
		for (String[] pair : decisions.confirmed()) {
			Integer a = indexes.get(pair[0]);
			Integer b = indexes.get(pair[1]);
			if (a != null && b != null && !a.equals(b)) {
				matched.add(a < b ? new MatchedPair(pair[0], pair[1], 1) : new MatchedPair(pair[1], pair[0], 1));
			}
		}
	}
}
