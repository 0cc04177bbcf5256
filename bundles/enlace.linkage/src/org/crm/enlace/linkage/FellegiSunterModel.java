package org.crm.enlace.linkage;

import java.util.EnumMap;
import java.util.Map;

/**
 * The Fellegi-Sunter model: for each field and agreement level, m (how often a true pair shows that level) and u
 * (how often two different persons do). A level weighs log2(m/u); a missing field weighs nothing. The values here
 * are set by hand, and docs/linkage.md justifies each ({@link ExpectationMaximisation} estimates them from the data
 * instead when asked); the score maps the total weight to [0, 1] with a
 * logistic centred on {@link #CENTRE} bits, so the default threshold 0.5 asks for a total of CENTRE bits.
 */
public final class FellegiSunterModel {

	/** Total weight (bits) at which the score is 0.5: prior odds of one in 2^CENTRE (about 1 M persons). */
	public static final double CENTRE = 21;
	private static final Map<Field, double[][]> M_U = new EnumMap<>(Field.class);

	static {
		// {m, u} for EXACT, CLOSE, PARTIAL, DIFFERENT.
		M_U.put(Field.GIVEN_NAMES, new double[][] { { .70, .01 }, { .18, .003 }, { .08, .06 }, { .04, .927 } });
		M_U.put(Field.SURNAMES, new double[][] { { .72, .0004 }, { .18, .0006 }, { .07, .03 }, { .03, .9690 } });
		M_U.put(Field.DATE_OF_BIRTH,
				new double[][] { { .80, .00005 }, { .12, .0006 }, { .05, .01 }, { .03, .98935 } });
		M_U.put(Field.SEX, new double[][] { { .97, .5 }, { 0, 0 }, { 0, 0 }, { .03, .5 } });
		M_U.put(Field.NATIONALITY, new double[][] { { .93, .15 }, { 0, 0 }, { 0, 0 }, { .07, .85 } });
		M_U.put(Field.DOCUMENT, new double[][] { { .60, .000001 }, { 0, 0 }, { 0, 0 }, { .40, .999999 } });
	}

	private static final double[][] WEIGHTS = new double[Field.values().length][Agreement.values().length];

	static {
		for (Field field : Field.values()) {
			double[][] mu = M_U.get(field);
			for (Agreement level : Agreement.values()) {
				int i = level.ordinal();
				WEIGHTS[field.ordinal()][i] = i < mu.length && mu[i][0] > 0
						? Math.log(mu[i][0] / mu[i][1]) / Math.log(2)
						: 0;
			}
		}
	}

	private FellegiSunterModel() {
	}

	/** The weight in bits of a field at a level: log2(m/u), 0 when missing. */
	public static double weight(Field field, Agreement level) {
		return WEIGHTS[field.ordinal()][level.ordinal()];
	}

	/** m and u of a field at a level, for the explanation and the documentation. */
	public static double[] mu(Field field, Agreement level) {
		double[][] mu = M_U.get(field);
		return level.ordinal() < mu.length ? mu[level.ordinal()].clone() : new double[] { 0, 0 };
	}

	/** The hand-set m and u (MISSING left out) with a prior: where EM starts. */
	static FellegiSunterParameters handSet(double prior) {
		int levels = FellegiSunterParameters.KNOWN_LEVELS;
		double[][] m = new double[Field.values().length][levels];
		double[][] u = new double[Field.values().length][levels];
		for (Field field : Field.values()) {
			double[][] mu = M_U.get(field);
			for (int level = 0; level < levels; level++) {
				m[field.ordinal()][level] = mu[level][0];
				u[field.ordinal()][level] = mu[level][1];
			}
		}
		return new FellegiSunterParameters(m, u, prior);
	}

	/** The score in [0, 1] of a total weight. */
	public static double score(double totalWeight) {
		return 1 / (1 + Math.pow(2, CENTRE - totalWeight));
	}

	/** The total weight a score stands for: the inverse of {@link #score(double)}. */
	public static double weightOf(double score) {
		return CENTRE - Math.log(1 / score - 1) / Math.log(2);
	}

	/** The agreements of two profiles and the weight of each. */
	static Explanation explain(Profile a, Profile b) {
		Map<Field, Explanation.FieldAgreement> fields = new EnumMap<>(Field.class);
		double total = 0;
		for (Field field : Field.values()) {
			Agreement level = FieldComparisons.compare(field, a, b);
			double weight = weight(field, level);
			fields.put(field, new Explanation.FieldAgreement(field, level, weight));
			total += weight;
		}
		return new Explanation(a.id, b.id, fields, total, score(total));
	}

	/* The total weight without building an explanation: the inner loop of linkage. */
	static double totalWeight(Profile a, Profile b) {
		double total = 0;
		for (Field field : Field.values()) {
			total += WEIGHTS[field.ordinal()][FieldComparisons.compare(field, a, b).ordinal()];
		}
		return total;
	}
}
