package org.crm.enlace.linkage;

/**
 * Unsupervised estimation of the Fellegi-Sunter m, u and prior from the candidate pairs that blocking yields
 * (Winkler 1988, Jaro 1989): the pairs are counted by agreement pattern, then EM alternates the probability that
 * each pattern is a true pair (E) with m, u and the prior those probabilities imply (M), fields taken as
 * independent given the class. It starts from the hand-set values, so that the class it calls "match" stays the
 * one of the true pairs; a missing field counts in neither m nor u.
 */
public final class ExpectationMaximisation {

	public static final int MAX_ITERATIONS = 200;
	/** Largest change of any m, u or the prior between two iterations that counts as converged. */
	public static final double TOLERANCE = 1e-6;
	/*
	 * Probabilities stay in [FLOOR, 1 - FLOOR]: a level never seen in one class would otherwise weigh infinitely
	 * and, at exactly 0, EM could never raise it again.
	 */
	public static final double FLOOR = 1e-6;

	/** What EM ended with, after how many iterations, and whether it converged before the limit. */
	public record Estimate(FellegiSunterParameters parameters, int iterations, boolean converged) {
	}

	private ExpectationMaximisation() {
	}

	/** EM on the count of candidate pairs by pattern ({@code counts[pattern]}), from {@code start}. */
	static Estimate estimate(long[] counts, FellegiSunterParameters start) {
		int[] patterns = seen(counts);
		double[] matchWeight = new double[counts.length];
		double[] nonMatchWeight = new double[counts.length];
		FellegiSunterParameters current = clamped(start);
		for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
			for (int pattern : patterns) {
				double g = current.posterior(pattern);
				matchWeight[pattern] = counts[pattern] * g;
				nonMatchWeight[pattern] = counts[pattern] * (1 - g);
			}
			FellegiSunterParameters next = maximise(patterns, matchWeight, nonMatchWeight);
			if (change(current, next) < TOLERANCE) {
				return new Estimate(next, iteration, true);
			}
			current = next;
		}
		return new Estimate(current, MAX_ITERATIONS, false);
	}

	/** m, u and prior counted where the true pairs are known: the M step with certain classes. */
	static FellegiSunterParameters counted(long[] matchCounts, long[] nonMatchCounts) {
		double[] match = new double[matchCounts.length];
		double[] nonMatch = new double[nonMatchCounts.length];
		for (int p = 0; p < match.length; p++) {
			match[p] = matchCounts[p];
			nonMatch[p] = nonMatchCounts[p];
		}
		long[] all = new long[matchCounts.length];
		for (int p = 0; p < all.length; p++) {
			all[p] = matchCounts[p] + nonMatchCounts[p];
		}
		return maximise(seen(all), match, nonMatch);
	}

	private static FellegiSunterParameters maximise(int[] patterns, double[] matchWeight, double[] nonMatchWeight) {
		int fields = AgreementPattern.FIELDS;
		int levels = FellegiSunterParameters.KNOWN_LEVELS;
		double[][] m = new double[fields][levels];
		double[][] u = new double[fields][levels];
		double matches = 0;
		double all = 0;
		for (int pattern : patterns) {
			matches += matchWeight[pattern];
			all += matchWeight[pattern] + nonMatchWeight[pattern];
			for (int f = 0; f < fields; f++) {
				int level = AgreementPattern.level(pattern, f);
				if (level < levels) {
					m[f][level] += matchWeight[pattern];
					u[f][level] += nonMatchWeight[pattern];
				}
			}
		}
		for (int f = 0; f < fields; f++) {
			normalise(m[f]);
			normalise(u[f]);
		}
		return new FellegiSunterParameters(m, u, clamp(all == 0 ? 0 : matches / all));
	}

	private static FellegiSunterParameters clamped(FellegiSunterParameters start) {
		double[][] m = start.m();
		double[][] u = start.u();
		for (int f = 0; f < m.length; f++) {
			normalise(m[f]);
			normalise(u[f]);
		}
		return new FellegiSunterParameters(m, u, clamp(start.prior()));
	}

	/* Shares of the row, each kept off 0 and 1, summing to 1 again. */
	private static void normalise(double[] row) {
		double sum = 0;
		for (double value : row) {
			sum += value;
		}
		double clampedSum = 0;
		for (int i = 0; i < row.length; i++) {
			row[i] = clamp(sum == 0 ? 1.0 / row.length : row[i] / sum);
			clampedSum += row[i];
		}
		for (int i = 0; i < row.length; i++) {
			row[i] /= clampedSum;
		}
	}

	private static double clamp(double p) {
		return Math.min(1 - FLOOR, Math.max(FLOOR, p));
	}

	private static double change(FellegiSunterParameters a, FellegiSunterParameters b) {
		double largest = Math.abs(a.prior() - b.prior());
		for (int f = 0; f < a.m().length; f++) {
			for (int l = 0; l < a.m()[f].length; l++) {
				largest = Math.max(largest, Math.abs(a.m()[f][l] - b.m()[f][l]));
				largest = Math.max(largest, Math.abs(a.u()[f][l] - b.u()[f][l]));
			}
		}
		return largest;
	}

	private static int[] seen(long[] counts) {
		int n = 0;
		for (long count : counts) {
			n += count > 0 ? 1 : 0;
		}
		int[] patterns = new int[n];
		for (int p = 0, i = 0; p < counts.length; p++) {
			if (counts[p] > 0) {
				patterns[i++] = p;
			}
		}
		return patterns;
	}
}
