package org.crm.enlace.mrz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names between their written form and the MRZ's, after the transliteration table of ICAO Doc 9303 Part 3 for
 * Latin letters with diacritics: each letter's recommended form first, then the other forms the table allows
 * ({@code Ñ} is {@code N} or {@code NXX}, {@code Ü} is {@code UE}, {@code UXX} or {@code U}). Spaces and hyphens
 * become fillers; apostrophes, commas and full stops are left out.
 */
public final class Transliteration {

	/* Part 3's table: the letter, its recommended form, the other forms allowed. */
	private static final String TABLE = """
			À A|Á A|Â A|Ã A|Ä AE AXX A|Å AA A|Æ AE|Ā A|Ă A|Ą A|Ç C|Ć C|Ĉ C|Ċ C|Č C|Ď D|Đ D|Ð D|È E|É E|Ê E|Ë E|Ē E|Ĕ E\
			|Ė E|Ę E|Ě E|Ĝ G|Ğ G|Ġ G|Ģ G|Ĥ H|Ħ H|Ì I|Í I|Î I|Ï I|Ĩ I|Ī I|Ĭ I|Į I|İ I|Ĳ IJ|Ĵ J|Ķ K|Ĺ L|Ļ L|Ľ L|Ŀ L\
			|Ł L|Ñ N NXX|Ń N|Ņ N|Ň N|Ŋ N|Ò O|Ó O|Ô O|Õ O|Ö OE OXX O|Ø OE|Ō O|Ŏ O|Ő O|Œ OE|Ŕ R|Ŗ R|Ř R|Ś S|Ŝ S|Ş S|Š S\
			|ẞ SS|Ţ T|Ť T|Ŧ T|Þ TH|Ù U|Ú U|Û U|Ü UE UXX U|Ũ U|Ū U|Ŭ U|Ů U|Ű U|Ų U|Ŵ W|Ý Y|Ŷ Y|Ÿ Y|Ź Z|Ż Z|Ž Z""";
	/* The letters of the region's and migrants' languages a reading of an MRZ name offers back. */
	private static final String READ_BACK = "ÁÀÂÃÄÅÆÇÉÈÊËÍÎÏÑÓÔÕÖØŒÚÙÛÜ";
	/* Forms that only one letter has: NXX is always Ñ. */
	private static final Map<String, String> CERTAIN = Map.of("NXX", "Ñ", "AXX", "Ä", "OXX", "Ö", "UXX", "Ü");
	private static final int MAX_VARIANTS = 64;

	private static final Map<Character, List<String>> FORMS = new HashMap<>();
	/* From an MRZ form (N, UE, AE...) to the letters the region writes it for. */
	private static final Map<String, List<String>> ORIGINALS = new LinkedHashMap<>();

	static {
		for (String entry : TABLE.split("\\|")) {
			String[] words = entry.strip().split(" ");
			FORMS.put(words[0].charAt(0), List.of(words).subList(1, words.length));
			if (READ_BACK.indexOf(words[0].charAt(0)) >= 0) {
				for (int i = 1; i < words.length; i++) {
					if (!CERTAIN.containsKey(words[i])) {
						ORIGINALS.computeIfAbsent(words[i], form -> new ArrayList<>()).add(words[0]);
					}
				}
			}
		}
	}

	/** A possible reading: the MRZ letters {@code mrz} may stand for any of {@code originals}. */
	public record Alternative(String mrz, List<String> originals) {
	}

	/**
	 * An MRZ name read back: {@code text} with fillers as spaces and the forms only one letter has resolved
	 * ({@code NUNXXEZ} reads {@code NUÑEZ}), and the letters that may stand for one with a diacritic, once each
	 * in order of appearance ({@code N} may be {@code Ñ}, {@code UE} may be {@code Ü}, {@code E} may be {@code É}...).
	 */
	public record Reading(String text, List<Alternative> alternatives) {
	}

	private Transliteration() {
	}

	/** A written name in its MRZ form with the recommended transliterations: "Núñez-Peña" is {@code NUNEZ<PENA}. */
	public static String transliterate(String name) {
		List<String> variants = forms(name, 1);
		return variants.get(0);
	}

	/**
	 * Every MRZ form the table allows for a written name (the recommended one first), up to 64: what another
	 * issuing state may have printed for the same person, to match names across documents.
	 */
	public static List<String> variants(String name) {
		return forms(name, MAX_VARIANTS);
	}

	/** How an MRZ name (fillers or spaces between words) may have been written, for display beside it. */
	public static Reading read(String mrzName) {
		String text = mrzName.replace('<', ' ').strip().replaceAll(" +", " ");
		for (Map.Entry<String, String> certain : CERTAIN.entrySet()) {
			text = text.replace(certain.getKey(), certain.getValue());
		}
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (int i = 0; i < text.length(); i++) {
			for (Map.Entry<String, List<String>> form : ORIGINALS.entrySet()) {
				if (text.startsWith(form.getKey(), i)) {
					found.putIfAbsent(form.getKey(), form.getValue());
				}
			}
		}
		List<Alternative> alternatives = found.entrySet().stream()
				.map(entry -> new Alternative(entry.getKey(), List.copyOf(entry.getValue()))).toList();
		return new Reading(text, alternatives);
	}

	private static List<String> forms(String name, int limit) {
		List<StringBuilder> results = new ArrayList<>(List.of(new StringBuilder()));
		String upper = name.strip().toUpperCase(Locale.ROOT);
		for (int i = 0; i < upper.length(); i++) {
			List<String> options = options(upper.charAt(i));
			List<StringBuilder> next = new ArrayList<>();
			for (StringBuilder result : results) {
				for (String option : options) {
					if (next.size() < limit) {
						next.add(new StringBuilder(result).append(option));
					}
				}
			}
			results = next;
		}
		Set<String> forms = new LinkedHashSet<>();
		results.forEach(result -> forms.add(result.toString().replaceAll("<+", "<").replaceAll("^<|<$", "")));
		return List.copyOf(forms);
	}

	private static List<String> options(char c) {
		if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return List.of(String.valueOf(c));
		}
		if (Character.isWhitespace(c) || c == '-' || c == '<') {
			return List.of("<");
		}
		List<String> forms = FORMS.get(c);
		if (forms != null) {
			return forms;
		}
		// A letter the table does not list: its base letter when it has one (the marks dropped), else nothing.
		String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return List.of(base.chars().allMatch(b -> b >= 'A' && b <= 'Z') ? base : "");
	}
}
