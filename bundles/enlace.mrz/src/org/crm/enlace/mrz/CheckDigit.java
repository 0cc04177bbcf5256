package org.crm.enlace.mrz;

/**
 * The check digit of ICAO Doc 9303 Part 3: each character's value (digits as such, {@code A} to {@code Z} 10 to 35,
 * the filler {@code <} 0) times the weights 7, 3, 1 repeated, summed, modulo 10.
 */
public final class CheckDigit {

	private static final int[] WEIGHTS = { 7, 3, 1 };

	private CheckDigit() {
	}

	/** @throws IllegalArgumentException for a character outside the MRZ's alphabet */
	public static int value(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'A' && c <= 'Z') {
			return c - 'A' + 10;
		}
		if (c == '<') {
			return 0;
		}
		throw new IllegalArgumentException("not an MRZ character: U+" + Integer.toHexString(c));
	}

	/** The digit over the parts read one after the other, as the composite check digit reads its fields. */
	public static char of(CharSequence... parts) {
		int sum = 0;
		int position = 0;
		for (CharSequence part : parts) {
			for (int i = 0; i < part.length(); i++) {
				sum += value(part.charAt(i)) * WEIGHTS[position++ % WEIGHTS.length];
			}
		}
		return (char) ('0' + sum % 10);
	}
}
