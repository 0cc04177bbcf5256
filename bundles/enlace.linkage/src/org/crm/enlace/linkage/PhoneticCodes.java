package org.crm.enlace.linkage;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.codec.language.bm.Languages.LanguageSet;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Beider-Morse phonetic codes of folded name words, with Spanish rules (the language guess is skipped: it costs
 * most of the time and the region's names are Spanish). The engine is slow (tens of microseconds a word), so each
 * distinct word is encoded once; a million persons have a few hundred thousand distinct words.
 */
public final class PhoneticCodes {

	private static final LanguageSet SPANISH = LanguageSet.from(Set.of("spanish"));
	private static final PhoneticEngine ENGINE = PhoneticEngine.builder().setNameType(NameType.GENERIC)
			.setRuleType(RuleType.APPROX).setConcat(true).setMaxPhonemes(4).get();
	private static final int CACHE_LIMIT = 1_000_000;
	private static final Map<String, String> CODES = new ConcurrentHashMap<>();

	private PhoneticCodes() {
	}

	/** The code of a folded word ({@code GARCIA}), or null for null. */
	public static String of(String word) {
		if (word == null) {
			return null;
		}
		String code = CODES.get(word);
		if (code == null) {
			code = ENGINE.encode(word.toLowerCase(java.util.Locale.ROOT), SPANISH);
			if (CODES.size() < CACHE_LIMIT) {
				CODES.put(word, code);
			}
		}
		return code;
	}
}
