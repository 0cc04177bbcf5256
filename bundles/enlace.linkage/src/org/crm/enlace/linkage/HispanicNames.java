package org.crm.enlace.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.crm.enlace.mrz.Transliteration;

/**
 * Normalises Hispanic names for comparison. Letters are folded with the ICAO transliteration of {@code enlace.mrz}
 * (so a written Ñ and an MRZ's N or NXX meet as N), particles are set apart, abbreviated given names ("Ma.", "J.")
 * become initials, a first surname holding two surnames is split when the second is missing, and a name known only
 * as one string (an MRZ name, or "María José de la Cruz Nuñez") is split into given names and surnames.
 */
public final class HispanicNames {

	/** Particles of surnames and compound given names in the region's and neighbouring languages. */
	public static final Set<String> PARTICLES = Set.of("DE", "DEL", "LA", "LAS", "LOS", "Y", "E", "DA", "DAS", "DO",
			"DOS", "VAN", "VON", "DER", "DEN", "DI", "DU", "LE");
	/* Folding runs once per distinct token: a million persons share a few hundred thousand name tokens. */
	private static final int CACHE_LIMIT = 500_000;
	private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
	private static final Pattern SEPARATORS = Pattern.compile("[\\s<\\-]+");

	private HispanicNames() {
	}

	/** The name of a person from its fields, or from its MRZ name when the fields hold no name. */
	public static NormalisedName of(Person person) {
		boolean noFields = blank(person.givenNames()) && blank(person.firstSurname())
				&& blank(person.secondSurname());
		if (noFields && !blank(person.mrzName())) {
			return fromMrz(person.mrzName());
		}
		List<String> particles = new ArrayList<>(words(person.surnameParticles()));
		List<String> given = givenTokens(person.givenNames(), particles);
		List<String> first = surnameTokens(person.firstSurname(), particles);
		List<String> second = surnameTokens(person.secondSurname(), particles);
		if (second.isEmpty() && first.size() >= 2) {
			second = first.subList(1, first.size());
			first = first.subList(0, 1);
		}
		if (first.isEmpty() && second.isEmpty() && given.size() >= 2) {
			return split(given, particles);
		}
		return new NormalisedName(given, join(first), join(second), particles);
	}

	/**
	 * An MRZ name ({@code DE<LA<CRUZ<NUNXXEZ<<MARIA<JOSE}): the primary identifier holds the surnames, the secondary
	 * the given names; forms only one letter has (NXX) are read back first. Without the {@code <<} separator it is
	 * one full name in the written order, given names first.
	 */
	public static NormalisedName fromMrz(String mrzName) {
		String name = mrzName.strip().toUpperCase(Locale.ROOT);
		int separator = name.indexOf("<<");
		List<String> particles = new ArrayList<>();
		if (separator < 0) {
			List<String> tokens = givenTokens(Transliteration.read(name).text(), particles);
			return split(tokens, particles);
		}
		List<String> surnames = surnameTokens(Transliteration.read(name.substring(0, separator)).text(), particles);
		List<String> given = givenTokens(Transliteration.read(name.substring(separator + 2)).text(), particles);
		List<String> second = surnames.size() > 1 ? surnames.subList(1, surnames.size()) : List.of();
		return new NormalisedName(given, surnames.isEmpty() ? null : surnames.get(0), join(second), particles);
	}

	/** One written word in the ICAO transliteration, upper case, without marks and punctuation. */
	public static String fold(String word) {
		String folded = FOLDED.get(word);
		if (folded == null) {
			folded = Transliteration.transliterate(word).replace("<", "");
			if (FOLDED.size() < CACHE_LIMIT) {
				FOLDED.put(word, folded);
			}
		}
		return folded;
	}

	/*
	 * A full name in the written order: the surnames are the last (at most two) words after the last initial, and
	 * at least one given name stays ("MARIA J CRUZ" is MARIA J + CRUZ).
	 */
	private static NormalisedName split(List<String> tokens, List<String> particles) {
		int lastInitial = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).length() == 1) {
				lastInitial = i;
			}
		}
		int start = Math.max(Math.max(lastInitial + 1, 1), tokens.size() - 2);
		List<String> given = tokens.subList(0, Math.min(start, tokens.size()));
		List<String> surnames = tokens.subList(Math.min(start, tokens.size()), tokens.size());
		return new NormalisedName(given, surnames.isEmpty() ? null : surnames.get(0),
				surnames.size() > 1 ? surnames.get(1) : null, particles);
	}

	/* Given names without particles ("María del Carmen" is MARIA CARMEN); "Ma." and "J." are initials. */
	private static List<String> givenTokens(String text, List<String> particles) {
		return tokens(text, particles, true);
	}

	private static List<String> surnameTokens(String text, List<String> particles) {
		return tokens(text, particles, false);
	}

	private static List<String> tokens(String text, List<String> particles, boolean abbreviations) {
		List<String> tokens = new ArrayList<>();
		for (String word : rawWords(text)) {
			String folded = fold(word);
			if (folded.isEmpty()) {
				continue;
			}
			if (PARTICLES.contains(folded)) {
				particles.add(folded);
			} else {
				tokens.add(abbreviations && word.endsWith(".") ? folded.substring(0, 1) : folded);
			}
		}
		return tokens;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : rawWords(text)) {
			String folded = fold(word);
			if (!folded.isEmpty()) {
				words.add(folded);
			}
		}
		return words;
	}

	/* Words split at spaces, hyphens and MRZ fillers; a full stop stays so that an abbreviation shows. */
	private static String[] rawWords(String text) {
		if (blank(text)) {
			return new String[0];
		}
		return SEPARATORS.split(text.strip());
	}

	private static String join(List<String> tokens) {
		return tokens.isEmpty() ? null : String.join(" ", tokens);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
