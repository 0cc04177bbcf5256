package org.crm.enlace.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocking keys of a profile: two persons are compared only when they share one. Each key stands for a kind of
 * error it survives, so that a duplicate with one error still shares a key with its original:
 * <ul>
 * <li>{@code a}: the phonetic code of either surname + the date of birth (typos, swapped or missing surname);</li>
 * <li>{@code b}: a document number (any change of name);</li>
 * <li>{@code c}: the first given name's initial + the date of birth (surname typos that change the code);</li>
 * <li>{@code d}: the codes of the first given name and of both surnames, in either order (any date error);</li>
 * <li>{@code e}: the codes of the first given name and of either surname + the year (a missing second surname with
 * day and month swapped);</li>
 * <li>{@code f}: the codes of both surnames, in either order, + the year (a given name's typo or initial with a
 * date error).</li>
 * </ul>
 */
final class BlockingKeys {

	private BlockingKeys() {
	}

	static List<String> of(Profile p) {
		List<String> keys = new ArrayList<>(8);
		String date = p.year == 0 ? null : p.year + "-" + p.month + "-" + p.day;
		String[] surnames = p.surnames();
		String givenCode = p.given.length > 0 && p.given[0].length() > 1 ? PhoneticCodes.of(p.given[0]) : null;
		for (String surname : surnames) {
			String code = PhoneticCodes.of(surname);
			if (date != null) {
				keys.add("a" + code + "|" + date);
			}
			if (givenCode != null && p.year > 0) {
				keys.add("e" + givenCode + "|" + code + "|" + p.year);
			}
		}
		for (String document : p.documents) {
			keys.add("b" + document);
		}
		if (p.given.length > 0 && p.fullDate()) {
			keys.add("c" + p.given[0].charAt(0) + "|" + date);
		}
		if (surnames.length == 2) {
			String x = PhoneticCodes.of(surnames[0]);
			String y = PhoneticCodes.of(surnames[1]);
			String bothSurnames = x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
			if (givenCode != null) {
				keys.add("d" + givenCode + "|" + bothSurnames);
			}
			if (p.year > 0) {
				keys.add("f" + bothSurnames + "|" + p.year);
			}
		}
		return keys;
	}

	/** A 64-bit FNV-1a hash of a key: blocks are runs of equal hashes, a rare collision only merges two blocks. */
	static long hash(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash ^= key.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}
}
