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
 * as one string (an MRZ name without its separator, or "María José de la Cruz Nuñez" in the given names' field
 * alone) is split into given names and surnames ({@link #fromFullName}).
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
			// A whole name in the one field a form had: split it as written.
			NormalisedName whole = fromFullName(person.givenNames());
			particles = new ArrayList<>(words(person.surnameParticles()));
			particles.addAll(whole.particles());
			return new NormalisedName(whole.givenNames(), whole.firstSurname(), whole.secondSurname(), particles);
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
			return fromFullName(Transliteration.read(name).text());
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

	/**
	 * A full name held in one string, in the written order, given names first ("María José de la Cruz Nuñez",
	 * "Maria J. Cruz"). Particles stay with the word that follows ("de la Cruz" is one surname, "y Gasset" joins
	 * the surname before it), and a word led by a particle starts the surnames unless it continues a given name
	 * ("María del Carmen"); words up to the last initial are given names; a second common given name after a
	 * first ({@link GivenNameList}) stays a given name when a surname is left ("María José Cruz"); otherwise the
	 * last two words are the surnames, and at least one given name stays.
	 */
	public static NormalisedName fromFullName(String text) {
		List<String> particles = new ArrayList<>();
		List<NameWord> words = nameWords(text, particles, true);
		int n = words.size();
		int lastInitial = -1;
		int firstLed = n;
		for (int i = 0; i < n; i++) {
			NameWord word = words.get(i);
			lastInitial = word.initial() ? i : lastInitial;
			if (i > 0 && firstLed == n && word.ledByParticle()) {
				firstLed = word.joinsPrevious() ? Math.max(1, i - 1) : i;
			}
		}
		int givenEnd = Math.max(1, lastInitial + 1);
		while (givenEnd < n - 1 && givenEnd < firstLed && words.get(givenEnd).continuesGiven(words.get(givenEnd - 1))) {
			givenEnd++;
		}
		int start = Math.max(givenEnd, n - 2);
		if (firstLed < n) {
			start = Math.min(firstLed, start);
		}
		start = Math.min(n, Math.max(start, Math.max(1, lastInitial + 1)));
		List<String> given = new ArrayList<>();
		List<String> surnames = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			(i < start ? given : surnames).add(words.get(i).word());
		}
		return new NormalisedName(given, surnames.isEmpty() ? null : surnames.get(0),
				join(surnames.subList(Math.min(1, surnames.size()), surnames.size())), particles);
	}

	/* One word of a full name with the particles written before it ("DE LA" before "CRUZ"). */
	private record NameWord(String word, List<String> before, boolean initial) {

		boolean ledByParticle() {
			return !before.isEmpty() && !GivenNameList.AFTER_PARTICLE.contains(String.join(" ", before) + " " + word);
		}

		boolean joinsPrevious() {
			return before.get(0).equals("Y") || before.get(0).equals("E");
		}

		/* "del Carmen" after a given name, or a common given name after another. */
		boolean continuesGiven(NameWord previous) {
			if (!before.isEmpty()) {
				return !ledByParticle();
			}
			return GivenNameList.COMMON.contains(word) && GivenNameList.COMMON.contains(previous.word());
		}
	}

	/* The words of a text, its particles set apart; with abbreviations, "Ma." or "J." is an initial. */
	private static List<NameWord> nameWords(String text, List<String> particles, boolean abbreviations) {
		List<NameWord> words = new ArrayList<>();
		List<String> before = new ArrayList<>();
		for (String raw : rawWords(text)) {
			String folded = fold(raw);
			if (folded.isEmpty()) {
				continue;
			}
			if (PARTICLES.contains(folded)) {
				particles.add(folded);
				before.add(folded);
				continue;
			}
			boolean initial = folded.length() == 1 || abbreviations && raw.endsWith(".");
			words.add(new NameWord(initial ? folded.substring(0, 1) : folded, List.copyOf(before), initial));
			before.clear();
		}
		return words;
	}

	/* Given names without particles ("María del Carmen" is MARIA CARMEN); "Ma." and "J." are initials. */
	private static List<String> givenTokens(String text, List<String> particles) {
		return tokens(text, particles, true);
	}

	private static List<String> surnameTokens(String text, List<String> particles) {
		return tokens(text, particles, false);
	}

	private static List<String> tokens(String text, List<String> particles, boolean abbreviations) {
		return nameWords(text, particles, abbreviations).stream().map(NameWord::word).toList();
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
