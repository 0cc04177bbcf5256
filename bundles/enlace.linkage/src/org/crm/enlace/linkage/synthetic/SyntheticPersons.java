package org.crm.enlace.linkage.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.crm.enlace.linkage.Person;
import org.crm.enlace.linkage.PersonDocument;
import org.crm.enlace.linkage.PersonsJsonLines;
import org.crm.enlace.mrz.Transliteration;

/**
 * Fictitious persons of the CRM region with corrupted duplicates, and the truth beside them: which records are the
 * same person. The same seed and count give the same file. About a third of the persons have one to three
 * duplicates, each with one to three of the errors records of the region show ({@link Corruption}).
 */
public final class SyntheticPersons {

	/** A generated record and the person it stands for (the ground truth). */
	public record Generated(Person person, String personId) {
	}

	/** The errors a duplicate may carry. */
	public enum Corruption {
		TYPO, ACCENTS_DROPPED, SURNAMES_SWAPPED, SECOND_SURNAME_MISSING, MRZ_TRANSLITERATION, DATE_ERROR,
		PARTICLES_DROPPED, INITIALS, OTHER_DOCUMENT, SEX_OR_NATIONALITY_MISSING
	}

	private static final double DUPLICATED = 0.35;
	private static final double CHILD = 0.25;
	private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	private final SplittableRandom random;
	private long records;

	public SyntheticPersons(long seed) {
		random = new SplittableRandom(seed);
	}

	/** Writes {@code count} records as JSON Lines and the truth as CSV {@code id,personId}. */
	public static void write(long seed, int count, Writer persons, Writer truth) throws IOException {
		truth.write("id,personId\n");
		try {
			new SyntheticPersons(seed).generate(count, generated -> {
				try {
					PersonsJsonLines.write(generated.person(), persons);
					truth.write(generated.person().id() + "," + generated.personId() + "\n");
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** Makes {@code count} records, each original followed by its duplicates. */
	public void generate(int count, Consumer<Generated> out) {
		for (int entity = 0; records < count; entity++) {
			String personId = "E" + entity;
			Person original = original();
			out.accept(new Generated(original, personId));
			if (random.nextDouble() < DUPLICATED) {
				int duplicates = 1 + (random.nextDouble() < 0.3 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
				for (int i = 0; i < duplicates && records < count; i++) {
					out.accept(new Generated(duplicate(original), personId));
				}
			}
		}
	}

	private String nextId() {
		return String.format(Locale.ROOT, "p%08d", records++);
	}

	private Person original() {
		String country = pick(RegionNames.COUNTRIES);
		double r = random.nextDouble();
		String sex = r < 0.495 ? "F" : r < 0.99 ? "M" : "X";
		boolean female = sex.equals("F") || sex.equals("X") && random.nextBoolean();
		String given = givenName(country, female);
		if (random.nextDouble() < 0.08) {
			String other = givenName(country, female);
			given = other.equals(given) ? given : given + " " + other;
		}
		String first = surname(country);
		String second = random.nextDouble() < 0.05 ? null : surname(country);
		String particles = null;
		if (first.startsWith("de") && random.nextBoolean()) {
			int space = first.lastIndexOf(' ');
			particles = first.substring(0, space);
			first = first.substring(space + 1);
		}
		String nationality = random.nextDouble() < 0.92 ? country
				: random.nextDouble() < 0.6 ? pick(RegionNames.COUNTRIES) : null;
		List<PersonDocument> documents = new ArrayList<>();
		if (random.nextDouble() < 0.7) {
			documents.add(new PersonDocument("ID", nationalId(country), country, expiry()));
		}
		String mrzName = null;
		if (random.nextDouble() < 0.45) {
			documents.add(new PersonDocument("P", passport(country), country, expiry()));
			mrzName = mrzName(particles, first, second, given);
		}
		return new Person(nextId(), given, first, second, particles, dateOfBirth(), sex, nationality, documents,
				mrzName);
	}

	private String givenName(String country, boolean female) {
		List<String> own = (female ? RegionNames.OWN_FEMALE : RegionNames.OWN_MALE).get(country);
		if (random.nextDouble() < 0.06) {
			return pick(own);
		}
		return skewed(female ? RegionNames.FEMALE : RegionNames.MALE);
	}

	private String surname(String country) {
		return random.nextDouble() < 0.3 ? pick(RegionNames.OWN_SURNAMES.get(country))
				: skewed(RegionNames.SHARED_SURNAMES);
	}

	private String dateOfBirth() {
		int year = random.nextDouble() < CHILD ? 2008 + random.nextInt(17) : 1950 + random.nextInt(58);
		int month = 1 + random.nextInt(12);
		int day = 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
		double r = random.nextDouble();
		if (r < 0.01) {
			return String.valueOf(year);
		}
		if (r < 0.02) {
			return String.format(Locale.ROOT, "%04d-%02d", year, month);
		}
		return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
	}

	private String expiry() {
		return String.format(Locale.ROOT, "%04d-%02d-%02d", 2026 + random.nextInt(10), 1 + random.nextInt(12),
				1 + random.nextInt(28));
	}

	/* Formats in the style of each country's national identity card (fictitious numbers). */
	private String nationalId(String country) {
		return switch (country) {
		case "GTM" -> digits(4) + " " + digits(5) + " " + digits(4);
		case "SLV" -> digits(8) + "-" + digits(1);
		case "HND" -> "0" + digits(3) + "-" + (1950 + random.nextInt(70)) + "-" + digits(5);
		case "NIC" -> digits(3) + "-" + digits(6) + "-" + digits(4) + letter();
		case "CRI" -> digits(1) + "-" + digits(4) + "-" + digits(4);
		case "PAN" -> (1 + random.nextInt(9)) + "-" + digits(3) + "-" + digits(4);
		case "MEX" -> letters(4) + digits(6) + letter() + letters(5) + digits(2);
		default -> digits(3) + "-" + digits(7) + "-" + digits(1);
		};
	}

	private String passport(String country) {
		return switch (country) {
		case "MEX", "HND", "PAN" -> letter() + digits(8);
		case "SLV", "DOM" -> letters(2) + digits(7);
		default -> letter() + digits(7);
		};
	}

	/* The name as a passport's MRZ writes it, with the recommended transliteration. */
	private static String mrzName(String particles, String first, String second, String given) {
		StringBuilder surnames = new StringBuilder();
		if (particles != null) {
			surnames.append(particles).append(' ');
		}
		surnames.append(first);
		if (second != null) {
			surnames.append(' ').append(second);
		}
		return Transliteration.transliterate(surnames.toString()) + "<<" + Transliteration.transliterate(given);
	}

	private Person duplicate(Person original) {
		Draft draft = new Draft(original);
		int errors = 1 + (random.nextDouble() < 0.4 ? 1 : 0) + (random.nextDouble() < 0.15 ? 1 : 0);
		for (int i = 0; i < errors; i++) {
			corrupt(draft, Corruption.values()[random.nextInt(Corruption.values().length)]);
		}
		return draft.toPerson(nextId());
	}

	private void corrupt(Draft d, Corruption corruption) {
		switch (corruption) {
		case TYPO -> {
			if (random.nextBoolean() || d.first == null) {
				d.given = typo(d.given);
			} else {
				d.first = typo(d.first);
			}
		}
		case ACCENTS_DROPPED -> {
			d.given = plain(d.given);
			d.first = plain(d.first);
			d.second = plain(d.second);
		}
		case SURNAMES_SWAPPED -> {
			if (d.second != null && d.particles == null) {
				String first = d.first;
				d.first = d.second;
				d.second = first;
			}
		}
		case SECOND_SURNAME_MISSING -> d.second = null;
		case MRZ_TRANSLITERATION -> mrz(d);
		case DATE_ERROR -> d.dateOfBirth = dateError(d.dateOfBirth);
		case PARTICLES_DROPPED -> {
			d.particles = null;
			d.first = d.first == null ? null : d.first.replaceAll("^(?i)(de los|de las|de la|del|de) ", "");
		}
		case INITIALS -> d.given = initials(d.given);
		case OTHER_DOCUMENT -> d.documents = random.nextBoolean() ? List.of()
				: List.of(new PersonDocument("P", passport(d.nationality == null ? "GTM" : d.nationality),
						d.nationality, expiry()));
		case SEX_OR_NATIONALITY_MISSING -> {
			if (random.nextBoolean()) {
				d.sex = null;
			} else {
				d.nationality = null;
			}
		}
		}
	}

	/* A document read at a border: the name as its MRZ has it, in any form the ICAO table allows (NXX for Ñ). */
	private void mrz(Draft d) {
		if (d.given == null || d.first == null) {
			return;
		}
		String surnames = (d.particles == null ? "" : d.particles + " ") + d.first
				+ (d.second == null ? "" : " " + d.second);
		List<String> surnameForms = Transliteration.variants(surnames);
		List<String> givenForms = Transliteration.variants(d.given);
		String surnameForm = surnameForms.get(random.nextInt(surnameForms.size()));
		String givenForm = givenForms.get(random.nextInt(givenForms.size()));
		if (random.nextBoolean()) {
			d.mrzName = surnameForm + "<<" + givenForm;
			d.given = null;
			d.first = null;
			d.second = null;
			d.particles = null;
		} else {
			d.given = givenForm.replace('<', ' ');
			String[] words = Transliteration.transliterate(d.first).split("<");
			d.first = String.join(" ", words);
			d.second = d.second == null ? null : Transliteration.transliterate(d.second).replace('<', ' ');
		}
	}

	private String typo(String word) {
		if (word == null || word.length() < 3) {
			return word;
		}
		int at = 1 + random.nextInt(word.length() - 2);
		char letter = Character.toLowerCase(LETTERS.charAt(random.nextInt(LETTERS.length())));
		return switch (random.nextInt(4)) {
		case 0 -> word.substring(0, at) + letter + word.substring(at + 1);
		case 1 -> word.substring(0, at) + word.substring(at + 1);
		case 2 -> word.substring(0, at) + letter + word.substring(at);
		default -> word.substring(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.substring(at + 1);
		};
	}

	private String dateError(String date) {
		if (date == null || date.length() != 10) {
			return date;
		}
		int year = Integer.parseInt(date.substring(0, 4));
		int month = Integer.parseInt(date.substring(5, 7));
		int day = Integer.parseInt(date.substring(8, 10));
		int kind = random.nextInt(4);
		if (kind == 0 && day <= 12 && day != month) {
			return String.format(Locale.ROOT, "%04d-%02d-%02d", year, day, month);
		}
		if (kind == 1) {
			return String.format(Locale.ROOT, "%04d-%02d-%02d", year + (random.nextBoolean() ? 1 : -1), month, day);
		}
		if (kind == 2) {
			return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day == 1 ? 2 : day - 1);
		}
		return date.substring(0, 4);
	}

	/* "María José" becomes "María J." or "Ma. José"; one name becomes its initial. */
	private String initials(String given) {
		if (given == null) {
			return null;
		}
		String[] words = given.split(" ");
		if (words.length == 1) {
			return words[0].charAt(0) + ".";
		}
		if (words[0].equals("María") && random.nextBoolean()) {
			return "Ma. " + given.substring(given.indexOf(' ') + 1);
		}
		return words[0] + " " + words[words.length - 1].charAt(0) + ".";
	}

	private static String plain(String text) {
		return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	private String pick(List<String> list) {
		return list.get(random.nextInt(list.size()));
	}

	/* Names are not equally common: the first in a list are chosen more often. */
	private String skewed(List<String> list) {
		return list.get((int) (list.size() * Math.pow(random.nextDouble(), 1.4)));
	}

	private String digits(int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

	private char letter() {
		return LETTERS.charAt(random.nextInt(LETTERS.length()));
	}

	private String letters(int count) {
		StringBuilder letters = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			letters.append(letter());
		}
		return letters.toString();
	}

	/* A duplicate being made, field by field. */
	private static final class Draft {
		String given;
		String first;
		String second;
		String particles;
		String dateOfBirth;
		String sex;
		String nationality;
		List<PersonDocument> documents;
		String mrzName;

		Draft(Person p) {
			given = p.givenNames();
			first = p.firstSurname();
			second = p.secondSurname();
			particles = p.surnameParticles();
			dateOfBirth = p.dateOfBirth();
			sex = p.sex();
			nationality = p.nationality();
			documents = p.documents();
			mrzName = null;
		}

		Person toPerson(String id) {
			return new Person(id, given, first, second, particles, dateOfBirth, sex, nationality, documents,
					mrzName);
		}
	}
}
