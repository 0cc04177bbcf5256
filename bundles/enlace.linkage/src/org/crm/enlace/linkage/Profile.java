package org.crm.enlace.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What linkage compares of one person, computed once: the normalised name, the date of birth in parts (0 where
 * unknown), sex (0 unknown; X counts as unknown), nationality and document numbers (letters and digits only).
 */
final class Profile {

	final String id;
	final String[] given;
	final String first;
	final String second;
	final int year;
	final int month;
	final int day;
	final char sex;
	final String nationality;
	final String[] documents;

	Profile(Person person) {
		id = person.id();
		NormalisedName name = HispanicNames.of(person);
		given = name.givenNames().toArray(String[]::new);
		first = name.firstSurname() != null ? name.firstSurname() : name.secondSurname();
		second = name.firstSurname() != null ? name.secondSurname() : null;
		int[] date = date(person.dateOfBirth());
		year = date[0];
		month = date[1];
		day = date[2];
		String sexText = person.sex() == null ? "" : person.sex().strip().toUpperCase(Locale.ROOT);
		sex = sexText.equals("F") || sexText.equals("M") ? sexText.charAt(0) : 0;
		nationality = HispanicNames.blank(person.nationality()) ? null
				: person.nationality().strip().toUpperCase(Locale.ROOT);
		List<String> numbers = new ArrayList<>();
		for (PersonDocument document : person.documents()) {
			String number = documentNumber(document.number());
			if (number != null) {
				numbers.add(number);
			}
		}
		documents = numbers.toArray(String[]::new);
	}

	String[] surnames() {
		return first == null ? new String[0] : second == null ? new String[] { first } : new String[] { first, second };
	}

	boolean fullDate() {
		return year > 0 && month > 0 && day > 0;
	}

	/** A document number as issuing states print it in different places: letters and digits, upper case. */
	static String documentNumber(String number) {
		if (number == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder(number.length());
		for (int i = 0; i < number.length(); i++) {
			char c = Character.toUpperCase(number.charAt(i));
			if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				kept.append(c);
			}
		}
		return kept.length() < 4 ? null : kept.toString();
	}

	/* YYYY-MM-DD, YYYY-MM or YYYY; anything else is unknown, never an error (the format's validation says so). */
	private static int[] date(String text) {
		int[] date = new int[3];
		if (text == null) {
			return date;
		}
		String[] parts = text.strip().split("-");
		if (parts.length > 3) {
			return date;
		}
		try {
			for (int i = 0; i < parts.length; i++) {
				date[i] = Integer.parseInt(parts[i]);
			}
		} catch (NumberFormatException e) {
			return new int[3];
		}
		boolean valid = date[0] >= 1000 && date[0] <= 9999 && date[1] >= 0 && date[1] <= 12 && date[2] >= 0
				&& date[2] <= 31 && !(date[1] == 0 && date[2] > 0);
		return valid ? date : new int[3];
	}
}
