package org.crm.enlace.linkage;

/**
 * m and u of every field at every agreement level but MISSING ({@code m[field][level]}, ordinals of {@link Field}
 * and {@link Agreement}), and the prior: the share of true pairs among the pairs compared. A missing field weighs
 * nothing on either side (it says nothing about the pair).
 */
public record FellegiSunterParameters(double[][] m, double[][] u, double prior) {

	static final int KNOWN_LEVELS = Agreement.MISSING.ordinal();

	public FellegiSunterParameters {
		m = copy(m);
		u = copy(u);
	}

	/** A copy: the record stays unchanged. */
	@Override
	public double[][] m() {
		return copy(m);
	}

	/** A copy: the record stays unchanged. */
	@Override
	public double[][] u() {
		return copy(u);
	}

	public double m(Field field, Agreement level) {
		return level == Agreement.MISSING ? 0 : m[field.ordinal()][level.ordinal()];
	}

	public double u(Field field, Agreement level) {
		return level == Agreement.MISSING ? 0 : u[field.ordinal()][level.ordinal()];
	}

	/** log2(m/u) of a field at a level; 0 when missing or never seen on either side. */
	public double weight(Field field, Agreement level) {
		double m = m(field, level);
		double u = u(field, level);
		return m > 0 && u > 0 ? Math.log(m / u) / Math.log(2) : 0;
	}

	/** The probability that a pair showing this pattern is a true pair: prior times m over the whole. */
	double posterior(int pattern) {
		double match = prior;
		double nonMatch = 1 - prior;
		for (int f = 0; f < AgreementPattern.FIELDS; f++) {
			int level = AgreementPattern.level(pattern, f);
			if (level < KNOWN_LEVELS) {
				match *= m[f][level];
				nonMatch *= u[f][level];
			}
		}
		return match + nonMatch == 0 ? 0 : match / (match + nonMatch);
	}

	private static double[][] copy(double[][] values) {
		double[][] copy = new double[values.length][];
		for (int i = 0; i < values.length; i++) {
			copy[i] = values[i].clone();
		}
		return copy;
	}
}
