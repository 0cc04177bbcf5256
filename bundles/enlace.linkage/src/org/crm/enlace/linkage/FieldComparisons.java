package org.crm.enlace.linkage;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The agreement level of each field between two profiles. */
final class FieldComparisons {

	/* Jaro-Winkler at or above this is a typo of the same word (0.92 keeps GARCIA/GARCIAS, not GARCIA/GRACIA). */
	static final double SAME_WORD = 0.92;
	static final double SIMILAR_WORD = 0.80;
	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
	private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

	private FieldComparisons() {
	}

	static Agreement compare(Field field, Profile a, Profile b) {
		return switch (field) {
		case GIVEN_NAMES -> givenNames(a.given, b.given);
		case SURNAMES -> surnames(a.surnames(), b.surnames());
		case DATE_OF_BIRTH -> dateOfBirth(a, b);
		case SEX -> a.sex == 0 || b.sex == 0 ? Agreement.MISSING
				: a.sex == b.sex ? Agreement.EXACT : Agreement.DIFFERENT;
		case NATIONALITY -> a.nationality == null || b.nationality == null ? Agreement.MISSING
				: a.nationality.equals(b.nationality) ? Agreement.EXACT : Agreement.DIFFERENT;
		case DOCUMENT -> documents(a.documents, b.documents);
		};
	}

	/* Same word, or a typo of it: equal, one edit apart, or Jaro-Winkler above SAME_WORD. */
	static boolean sameWord(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		if (Math.abs(a.length() - b.length()) > 2) {
			return false;
		}
		return ONE_EDIT.apply(a, b) >= 0 || JARO_WINKLER.apply(a, b) >= SAME_WORD;
	}

	/* Given names agree word by word where both have a word; an initial agrees with a name it begins. */
	static Agreement givenNames(String[] a, String[] b) {
		if (a.length == 0 || b.length == 0) {
			return Agreement.MISSING;
		}
		if (java.util.Arrays.equals(a, b)) {
			return Agreement.EXACT;
		}
		boolean aligned = true;
		for (int i = 0; i < Math.min(a.length, b.length) && aligned; i++) {
			aligned = givenWord(a[i], b[i]);
		}
		if (aligned && (a[0].length() > 1 || b[0].length() > 1)) {
			return Agreement.CLOSE;
		}
		if (aligned || a.length == 2 && b.length == 2 && givenWord(a[0], b[1]) && givenWord(a[1], b[0])) {
			return Agreement.PARTIAL;
		}
		for (String x : a) {
			for (String y : b) {
				if (x.length() > 1 && y.length() > 1 && x.equals(y)) {
					return Agreement.PARTIAL;
				}
			}
		}
		if (a[0].length() > 1 && b[0].length() > 1 && JARO_WINKLER.apply(a[0], b[0]) >= SIMILAR_WORD) {
			return Agreement.PARTIAL;
		}
		return Agreement.DIFFERENT;
	}

	private static boolean givenWord(String a, String b) {
		if (a.length() == 1 || b.length() == 1) {
			return a.charAt(0) == b.charAt(0);
		}
		return sameWord(a, b);
	}

	/* Surnames in either order: swapped surnames are a habit of forms, not a sign of another person. */
	static Agreement surnames(String[] a, String[] b) {
		if (a.length == 0 || b.length == 0) {
			return Agreement.MISSING;
		}
		if (a.length == 2 && b.length == 2) {
			if (a[0].equals(b[0]) && a[1].equals(b[1]) || a[0].equals(b[1]) && a[1].equals(b[0])) {
				return Agreement.EXACT;
			}
			if (sameWord(a[0], b[0]) && sameWord(a[1], b[1]) || sameWord(a[0], b[1]) && sameWord(a[1], b[0])) {
				return Agreement.CLOSE;
			}
		} else if (a.length == 1 && b.length == 1) {
			if (a[0].equals(b[0])) {
				return Agreement.EXACT;
			}
			return sameWord(a[0], b[0]) ? Agreement.CLOSE : Agreement.DIFFERENT;
		} else {
			// One surname against two: the second one missing, or the person known by one surname.
			String[] one = a.length == 1 ? a : b;
			String[] two = a.length == 1 ? b : a;
			// The second surname is the one forms drop; one that only meets the other's second says less.
			if (one[0].equals(two[0])) {
				return Agreement.CLOSE;
			}
		}
		for (String x : a) {
			for (String y : b) {
				if (sameWord(x, y)) {
					return Agreement.PARTIAL;
				}
			}
		}
		return Agreement.DIFFERENT;
	}

	/* Day and month swapped, a year off by one or one part wrong are CLOSE; agreeing known parts PARTIAL. */
	static Agreement dateOfBirth(Profile a, Profile b) {
		if (a.year == 0 || b.year == 0) {
			return Agreement.MISSING;
		}
		if (a.fullDate() && b.fullDate()) {
			if (a.year == b.year && a.month == b.month && a.day == b.day) {
				return Agreement.EXACT;
			}
			boolean swapped = a.year == b.year && a.month == b.day && a.day == b.month;
			boolean yearOff = Math.abs(a.year - b.year) == 1 && a.month == b.month && a.day == b.day;
			boolean dayTypo = a.year == b.year && a.month == b.month && oneDigitApart(a.day, b.day);
			boolean monthTypo = a.year == b.year && a.day == b.day && oneDigitApart(a.month, b.month);
			return swapped || yearOff || dayTypo || monthTypo ? Agreement.CLOSE : Agreement.DIFFERENT;
		}
		boolean monthsAgree = a.month == 0 || b.month == 0 || a.month == b.month;
		boolean daysAgree = a.day == 0 || b.day == 0 || a.day == b.day;
		return a.year == b.year && monthsAgree && daysAgree ? Agreement.PARTIAL : Agreement.DIFFERENT;
	}

	/* 14 and 17, 14 and 24, 9 and 8: one digit of two differs, or the day is off by one. */
	private static boolean oneDigitApart(int a, int b) {
		return a / 10 == b / 10 || a % 10 == b % 10 || Math.abs(a - b) == 1;
	}

	static Agreement documents(String[] a, String[] b) {
		if (a.length == 0 || b.length == 0) {
			return Agreement.MISSING;
		}
		for (String x : a) {
			for (String y : b) {
				if (x.equals(y)) {
					return Agreement.EXACT;
				}
			}
		}
		return Agreement.DIFFERENT;
	}
}
