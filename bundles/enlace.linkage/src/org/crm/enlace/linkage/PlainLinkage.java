package org.crm.enlace.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Linkage on the persons' names, dates, sex, nationality and documents, scored by {@link FellegiSunterModel}'s
 * hand-set weights or, when estimating, by the probability that a pair is a true one under m, u and a prior that
 * {@link ExpectationMaximisation} fits to the run's candidate pairs.
 */
public final class PlainLinkage extends Linkage {

	/**
	 * Hand-set: a total of 21 bits (FellegiSunterModel.CENTRE); estimated: even odds among the candidate pairs.
	 * docs/linkage.md shows the pairs on either side of it.
	 */
	public static final double DEFAULT_THRESHOLD = 0.5;
	private final List<Profile> profiles = new ArrayList<>();
	private final boolean estimating;
	private ExpectationMaximisation.Estimate estimate;
	private long[] lastPairs = new long[0];
	private int[] lastPatterns = new int[0];

	PlainLinkage(boolean estimating) {
		this.estimating = estimating;
	}

	/** Why two persons are or are not alike, field by field (with the hand-set weights). */
	public static Explanation explain(Person a, Person b) {
		return FellegiSunterModel.explain(new Profile(a), new Profile(b));
	}

	@Override
	public void add(List<Person> batch) {
		profiles.addAll(batch.parallelStream().map(Profile::new).toList());
	}

	@Override
	public double defaultThreshold() {
		return DEFAULT_THRESHOLD;
	}

	/** What EM estimated in the last run; empty when not estimating or before a run. */
	public Optional<ExpectationMaximisation.Estimate> estimate() {
		return Optional.ofNullable(estimate);
	}

	/**
	 * m, u and the prior counted on the last run's candidate pairs where the truth is known: what EM should find.
	 * Only when estimating (the patterns are kept for it).
	 */
	public FellegiSunterParameters countedOnCandidates(BiPredicate<String, String> samePerson) {
		if (!estimating) {
			throw new IllegalStateException("the patterns are kept only when estimating");
		}
		long[] matches = new long[AgreementPattern.COUNT];
		long[] nonMatches = new long[AgreementPattern.COUNT];
		for (int x = 0; x < lastPairs.length; x++) {
			boolean same = samePerson.test(id(first(lastPairs[x])), id(second(lastPairs[x])));
			(same ? matches : nonMatches)[lastPatterns[x]]++;
		}
		return ExpectationMaximisation.counted(matches, nonMatches);
	}

	@Override
	int size() {
		return profiles.size();
	}

	@Override
	String id(int index) {
		return profiles.get(index).id;
	}

	@Override
	long[] blockingKeys(int index) {
		return BlockingKeys.of(profiles.get(index)).stream().mapToLong(BlockingKeys::hash).toArray();
	}

	@Override
	IntToDoubleFunction scorer(long[] pairs) {
		if (!estimating) {
			return x -> FellegiSunterModel.score(FellegiSunterModel
					.totalWeight(profiles.get(first(pairs[x])), profiles.get(second(pairs[x]))));
		}
		int[] patterns = new int[pairs.length];
		IntStream.range(0, pairs.length).parallel().forEach(x -> patterns[x] = AgreementPattern
				.of(profiles.get(first(pairs[x])), profiles.get(second(pairs[x]))));
		long[] counts = new long[AgreementPattern.COUNT];
		for (int pattern : patterns) {
			counts[pattern]++;
		}
		estimate = ExpectationMaximisation.estimate(counts, FellegiSunterModel.handSet(startingPrior(counts)));
		lastPairs = pairs;
		lastPatterns = patterns;
		double[] posterior = new double[AgreementPattern.COUNT];
		for (int pattern = 0; pattern < posterior.length; pattern++) {
			posterior[pattern] = counts[pattern] == 0 ? 0 : estimate.parameters().posterior(pattern);
		}
		return x -> posterior[patterns[x]];
	}

	/* The share of candidate pairs the hand-set model accepts: EM's first guess of the prior. */
	private static double startingPrior(long[] counts) {
		long accepted = 0;
		long all = 0;
		for (int pattern = 0; pattern < counts.length; pattern++) {
			double total = 0;
			for (Field field : Field.values()) {
				total += FellegiSunterModel.weight(field,
						Agreement.values()[AgreementPattern.level(pattern, field.ordinal())]);
			}
			all += counts[pattern];
			accepted += total >= FellegiSunterModel.CENTRE ? counts[pattern] : 0;
		}
		return all == 0 ? 0.5 : Math.max(accepted, 1) / (double) all;
	}
}
