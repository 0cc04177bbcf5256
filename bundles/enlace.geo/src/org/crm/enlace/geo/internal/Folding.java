package org.crm.enlace.geo.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names folded for matching: accents and case ignored ("San José" and "SAN JOSE" match), spaces collapsed. */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");
	/*
	 * Each character of the Latin blocks folded once, so that the 30,000 names of the gazetteer need no Normalizer
	 * (which made reading them several times slower); a name with any other character takes the full way.
	 */
	private static final String[] LATIN = new String[0x250];

	static {
		for (char c = 0; c < LATIN.length; c++) {
			LATIN[c] = full(String.valueOf(c));
		}
	}

	private Folding() {
	}

	public static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		boolean afterSpace = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= LATIN.length) {
				return full(text);
			}
			if (isSpace(c)) {
				if (!afterSpace) {
					folded.append(' ');
				}
				afterSpace = true;
			} else {
				folded.append(LATIN[c]);
				afterSpace = false;
			}
		}
		int end = folded.length();
		return end > 0 && folded.charAt(end - 1) == ' ' ? folded.substring(0, end - 1) : folded.toString();
	}

	private static String full(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("");
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}
}
