package org.crm.enlace.linkage;

/**
 * The agreement levels of a pair on every field packed in one int, a base-5 digit a field (the level's ordinal,
 * MISSING included): the 15,625 patterns are few enough to count and weigh once instead of once a pair.
 */
final class AgreementPattern {

	static final int LEVELS = Agreement.values().length;
	static final int FIELDS = Field.values().length;
	static final int COUNT = (int) Math.pow(LEVELS, FIELDS);
	private static final int[] PLACE = new int[FIELDS];

	static {
		for (int f = 0, place = 1; f < FIELDS; f++, place *= LEVELS) {
			PLACE[f] = place;
		}
	}

	private AgreementPattern() {
	}

	static int of(Profile a, Profile b) {
		int code = 0;
		for (Field field : Field.values()) {
			code += FieldComparisons.compare(field, a, b).ordinal() * PLACE[field.ordinal()];
		}
		return code;
	}

	/** The level ordinal of {@code field} in a pattern. */
	static int level(int code, int field) {
		return code / PLACE[field] % LEVELS;
	}
}
