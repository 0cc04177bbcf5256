package org.crm.enlace.ui;

/**
 * The round numbers a chart's axis steps by: 1, 2, 5, 10, 20, 50... (and 0.1, 0.2, 0.5... below one), so that its
 * labels read easily. No SWT: the charts' geometry classes use it and are tested on their own.
 */
public final class RoundSteps {

	private RoundSteps() {
	}

	/** The smallest round whole number at or above {@code least}; 1 for anything below. */
	public static long atLeast(long least) {
		for (long power = 1;; power *= 10) {
			for (long multiple : new long[] { 1, 2, 5 }) {
				if (multiple * power >= least) {
					return multiple * power;
				}
			}
		}
	}

	/** The smallest round number at or above {@code least}, which must be above zero. */
	public static double atLeast(double least) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(least)));
		double scaled = least / magnitude;
		return magnitude * (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10);
	}
}
