package org.crm.enlace.cotravel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.PersonDocument;
import org.crm.enlace.model.Sex;
import org.crm.enlace.mrz.Finding;
import org.crm.enlace.mrz.Mrz;
import org.crm.enlace.mrz.MrzChecker;
import org.crm.enlace.mrz.NotAnMrzException;
import org.crm.enlace.mrz.Transliteration;
import org.crm.enlace.mrz.ZoneDates;

/**
 * A person read from a document's machine readable zone, and the zone's checks. A zone that fails a check still
 * fills the person (the officer sees the data and the failure side by side); only text that is no zone at all is
 * refused ({@link NotAnMrzException}).
 * <ul>
 * <li>names: the zone's identifiers read back ({@code NXX} is Ñ), in capitals as the zone has no other case;
 * particles ({@code DE}, {@code DEL}, {@code DE LA}, {@code Y}...) go to {@code surnameParticles} in lower case,
 * the first remaining word is the first surname and the rest the second; {@code mrzName} keeps the zone's text;
 * <li>birth date: YYMMDD with the MRZ checker's century rule ({@link ZoneDates#birth}) on the day of the event; a
 * day or month written as fillers (unknown, ICAO Doc 9303 Part 3) gives YYYY-MM or YYYY; no date when the year is
 * unknown or the day does not exist;
 * <li>sex, nationality and the document (code, number, issuing state, expiry by {@link ZoneDates#expiry}).
 * </ul>
 */
public record MrzPerson(Person person, Mrz mrz) {

	private static final Set<String> PARTICLES = Set.of("DE", "DEL", "LA", "LAS", "LOS", "Y");

	/** @param on the day of the event, which decides the century of the dates */
	public static MrzPerson read(String zone, LocalDate on) {
		Mrz mrz = MrzChecker.check(zone);
		Person person = EnlaceFactory.eINSTANCE.createPerson();
		person.setMrzName(mrz.field(org.crm.enlace.mrz.MrzField.NAME).replaceAll("<+$", ""));
		person.setGivenNames(blankToNull(Transliteration.read(mrz.secondaryIdentifier()).text()));
		surnames(person, Transliteration.read(mrz.primaryIdentifier()).text());
		person.setDateOfBirth(birth(mrz.dateOfBirth(), on));
		sex(person, mrz.sex());
		person.setNationality(blankToNull(mrz.nationality()));
		PersonDocument document = EnlaceFactory.eINSTANCE.createPersonDocument();
		document.setType(blankToNull(mrz.documentCode()));
		document.setNumber(blankToNull(mrz.documentNumber()));
		document.setIssuingState(blankToNull(mrz.issuingState()));
		document.setExpiry(ZoneDates.expiry(mrz.dateOfExpiry(), on).orElse(null));
		person.getDocuments().add(document);
		return new MrzPerson(person, mrz);
	}

	/** True only when every check digit passes. */
	public boolean valid() {
		return mrz.valid();
	}

	/** The failed checks, then the warnings, in a language; they name fields and positions, never a value. */
	public List<String> findings(Locale locale) {
		return Stream.concat(mrz.problems().stream(), mrz.warnings().stream()).map(f -> f.text(locale)).toList();
	}

	/** The failed checks only. */
	public List<Finding> problems() {
		return mrz.problems();
	}

	/* YYMMDD; fillers for an unknown day or month (Part 3) keep what is known. */
	static String birth(String yymmdd, LocalDate on) {
		if (yymmdd.length() != 6 || !yymmdd.substring(0, 2).chars().allMatch(Character::isDigit)) {
			return null;
		}
		String month = yymmdd.substring(2, 4);
		String day = yymmdd.substring(4, 6);
		if (month.chars().allMatch(Character::isDigit) && day.chars().allMatch(Character::isDigit)) {
			return ZoneDates.birth(yymmdd, on).map(LocalDate::toString).orElse(null);
		}
		if (month.chars().allMatch(Character::isDigit) && day.equals("<<")) {
			return ZoneDates.birth(yymmdd.substring(0, 4) + "01", on).map(d -> d.toString().substring(0, 7))
					.orElse(null);
		}
		if (month.equals("<<") && day.equals("<<")) {
			return ZoneDates.birth(yymmdd.substring(0, 2) + "0101", on).map(d -> String.valueOf(d.getYear()))
					.orElse(null);
		}
		return null;
	}

	/* DE LA CRUZ NUÑEZ: particles [de la], first surname CRUZ, second NUÑEZ. */
	private static void surnames(Person person, String primary) {
		List<String> surnames = new ArrayList<>();
		List<String> particle = new ArrayList<>();
		for (String word : primary.split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			if (PARTICLES.contains(word)) {
				particle.add(word.toLowerCase(Locale.ROOT));
			} else {
				if (!particle.isEmpty()) {
					person.getSurnameParticles().add(String.join(" ", particle));
					particle.clear();
				}
				surnames.add(word);
			}
		}
		if (!surnames.isEmpty()) {
			person.setFirstSurname(surnames.getFirst());
		}
		if (surnames.size() > 1) {
			person.setSecondSurname(surnames.subList(1, surnames.size()).stream().collect(Collectors.joining(" ")));
		}
	}

	private static void sex(Person person, String code) {
		Arrays.stream(Sex.values()).filter(s -> s.getLiteral().equals(code)).findFirst().ifPresent(person::setSex);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
