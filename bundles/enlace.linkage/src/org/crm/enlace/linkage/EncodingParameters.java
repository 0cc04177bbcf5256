package org.crm.enlace.linkage;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How persons were encoded: two encodings can only be compared when every one of these is the same (and the key
 * too, see {@link BloomFilterEncoder#keyId()}). {@code bitsPerToken} is the field weighting: k, the bits each
 * token of a field sets (a name's q-grams, each part of the date, sex, nationality). {@code normalisation} names
 * the rules that turn a written name into tokens and blocking keys; it changes whenever they do.
 */
public record EncodingParameters(int filterBits, int qgrams, Map<String, Integer> bitsPerToken, String tokenHash,
		String normalisation) {

	public EncodingParameters {
		bitsPerToken = Collections.unmodifiableMap(new TreeMap<>(bitsPerToken));
	}

	/** The name of the first parameter that differs from {@code other}'s, or null when they are the same. */
	public String firstDifference(EncodingParameters other) {
		if (filterBits != other.filterBits) {
			return "filterBits";
		}
		if (qgrams != other.qgrams) {
			return "qgrams";
		}
		if (!bitsPerToken.equals(other.bitsPerToken)) {
			return "bitsPerToken";
		}
		if (!tokenHash.equals(other.tokenHash)) {
			return "tokenHash";
		}
		return normalisation.equals(other.normalisation) ? null : "normalisation";
	}
}
