package org.crm.enlace.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.crm.enlace.exchange.ExchangeFormatException;
import org.crm.enlace.exchange.ExchangeProblem;
import org.crm.enlace.exchange.ExchangeSchemas;
import org.crm.enlace.exchange.RecordJson;
import org.crm.enlace.exchange.internal.SchemaValidation;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.PersonDocument;
import org.crm.enlace.model.Sex;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The person's shape of the format: fields, partial birth dates, sex, codes; values never in problems. */
class PersonFormatTest {

	private static final String PERSON_SCHEMA = ExchangeSchemas.id(ExchangeSchemas.DEFINITIONS)
			+ "#/$defs/enlace.Person";
	private final SchemaValidation validation = new SchemaValidation();

	@Test
	void aPersonReadFromAPassportRoundTripsAndValidates() {
		Person person = mariaJose();

		JsonObject json = RecordJson.writeObject(person);

		assertEquals("""
				{"givenNames":"María José","firstSurname":"Cruz","secondSurname":"Núñez","surnameParticles":["de la"],\
				"dateOfBirth":"1987-04-12","sex":"F","nationality":"GTM","documents":[{"type":"P","number":"A1234567",\
				"issuingState":"GTM","expiry":"2031-05-31"}],"mrzName":"DE<LA<CRUZ<NUNEZ<<MARIA<JOSE"}""",
				json.toString());
		assertEquals(List.of(), validation.validate(PERSON_SCHEMA, json.toString(), ""));
		assertTrue(EcoreUtil.equals(person, RecordJson.readObject(EnlacePackage.Literals.PERSON, json, "")));
	}

	@Test
	void aBirthDateMayBeKnownToTheDayTheMonthOrTheYear() {
		for (String date : List.of("1987-04-12", "1987-04", "1987")) {
			assertEquals(List.of(), validation.validate(PERSON_SCHEMA, "{\"dateOfBirth\":\"" + date + "\"}", ""), date);
		}
		for (String date : List.of("1987-13", "87", "1987-04-32", "12/04/1987", "1987-4")) {
			assertEquals(List.of(new ExchangeProblem("/dateOfBirth", "pattern")),
					validation.validate(PERSON_SCHEMA, "{\"dateOfBirth\":\"" + date + "\"}", ""), date);
		}
	}

	@Test
	void everyFieldMayBeAbsentAndUnknownSexIsNotFemale() {
		Person nobody = EnlaceFactory.eINSTANCE.createPerson();

		assertEquals("{}", RecordJson.writeObject(nobody).toString());
		assertFalse(((Person) RecordJson.readObject(EnlacePackage.Literals.PERSON, new JsonObject(), "")).isSetSex());
		assertEquals(List.of(), validation.validate(PERSON_SCHEMA, "{}", ""));
	}

	@Test
	void badPersonValuesAreListedWithoutTheirValues() {
		String bad = """
				{"givenNames": 1987, "sex": "Femenino", "nationality": "Guatemalteca", "dateOfBirth": "12/04/1987",
				 "documents": [{"type": "P", "number": "A1234567", "issuingState": "gt", "expiry": "31/05/2031"}]}""";

		List<ExchangeProblem> problems = validation.validate(PERSON_SCHEMA, bad, "/records/0/adults/1");

		assertEquals(new TreeSet<>(List.of("/records/0/adults/1/givenNames type", "/records/0/adults/1/sex enum",
				"/records/0/adults/1/nationality pattern", "/records/0/adults/1/dateOfBirth pattern",
				"/records/0/adults/1/documents/0/issuingState pattern",
				"/records/0/adults/1/documents/0/expiry pattern", "/records/0/adults/1/documents/0/expiry format")),
				new TreeSet<>(problems.stream().map(p -> p.pointer() + " " + p.rule()).toList()));
		ExchangeFormatException e = assertThrows(ExchangeFormatException.class,
				() -> RecordJson.readObject(EnlacePackage.Literals.PERSON, JsonParser.parseString(bad).getAsJsonObject(),
						"/records/0/adults/1"));
		for (String message : messages(problems, e)) {
			for (String value : List.of("1987", "Femenino", "Guatemalteca", "A1234567", "2031")) {
				assertFalse(message.contains(value), message);
			}
		}
	}

	private static List<String> messages(List<ExchangeProblem> problems, ExchangeFormatException e) {
		List<String> messages = new ArrayList<>();
		messages.add(e.getMessage());
		for (ExchangeProblem problem : problems) {
			for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH, Locale.FRENCH)) {
				messages.add(problem.describe(locale));
			}
		}
		return messages;
	}

	/** Fictitious, as every person in tests and docs. */
	static Person mariaJose() {
		Person person = EnlaceFactory.eINSTANCE.createPerson();
		person.setGivenNames("María José");
		person.setFirstSurname("Cruz");
		person.setSecondSurname("Núñez");
		person.getSurnameParticles().add("de la");
		person.setDateOfBirth("1987-04-12");
		person.setSex(Sex.F);
		person.setNationality("GTM");
		PersonDocument passport = EnlaceFactory.eINSTANCE.createPersonDocument();
		passport.setType("P");
		passport.setNumber("A1234567");
		passport.setIssuingState("GTM");
		passport.setExpiry(LocalDate.of(2031, 5, 31));
		person.getDocuments().add(passport);
		person.setMrzName("DE<LA<CRUZ<NUNEZ<<MARIA<JOSE");
		return person;
	}
}
