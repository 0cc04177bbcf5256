package org.crm.enlace.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
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
		return new PlainLinkage(false);
	}

	/** The plain mode with m, u and the prior estimated by EM on each run's candidate pairs. */
	public static PlainLinkage plainWithEstimatedWeights() {
		return new PlainLinkage(true);
	}

	public static EncodedLinkage encoded(byte[] secret) {
		return new EncodedLinkage(new BloomFilterEncoder(secret));
	}

	/** The encoded mode for persons already encoded (files of {@link EncodedPersonsJsonLines}): no secret needed. */
	public static EncodedLinkage encodedOnly() {
		return new EncodedLinkage(null);
	}

	/** Adds persons; ids must be unique across batches (the reader checks it). */
	public abstract void add(List<Person> batch);

	/** The threshold that separated best the generated data of the benchmarks (docs/linkage.md). */
	public abstract double defaultThreshold();

	abstract int size();

	abstract String id(int index);

	abstract long[] blockingKeys(int index);

	/** How each candidate pair scores, by its position in {@code pairs} (two indexes packed as in Blocking). */
	abstract IntToDoubleFunction scorer(long[] pairs);

	static int first(long pair) {
		return (int) (pair >>> 32);
	}

	static int second(long pair) {
		return (int) pair;
	}

	/** Every pair scoring at least {@code threshold}, confirmed pairs (score 1) added and rejected ones left out. */
	public final List<MatchedPair> link(double threshold, Decisions decisions) {
		Blocking.Candidates candidates = Blocking.candidates(size(), this::blockingKeys);
		skippedBlocks = candidates.skippedBlocks();
		long[] pairs = candidates.pairs();
		candidatePairs = pairs.length;
		int chunks = (pairs.length + CHUNK - 1) / CHUNK;
		IntToDoubleFunction scorer = scorer(pairs);
		List<List<MatchedPair>> found = IntStream.range(0, chunks).parallel()
				.mapToObj(chunk -> scoreChunk(pairs, scorer, chunk * CHUNK,
						Math.min(pairs.length, (chunk + 1) * CHUNK), threshold, decisions))
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

	private List<MatchedPair> scoreChunk(long[] pairs, IntToDoubleFunction scorer, int from, int to,
			double threshold, Decisions decisions) {
		List<MatchedPair> matched = new ArrayList<>();
		for (int x = from; x < to; x++) {
			double score = scorer.applyAsDouble(x);
			if (score >= threshold) {
				String idA = id(first(pairs[x]));
				String idB = id(second(pairs[x]));
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
