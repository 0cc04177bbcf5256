package org.crm.enlace.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.crm.enlace.exchange.ExchangeDocuments;
import org.crm.enlace.exchange.ExchangeFormatException;
import org.crm.enlace.exchange.ExchangeProblem;
import org.crm.enlace.exchange.ImportResult;
import org.crm.enlace.exchange.RecordJson;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Record;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** Each kind of bad input is a listed problem with its pointer and rule, and no message quotes a value. */
class BadInputTest {

	private static final String NAME = "María José de la Cruz Núñez";

	@Test
	void anUnknownTypeTagIsNamedAtItsPointer() {
		ImportResult result = readChanged(r -> r.addProperty("type", "http://crm-enlace.org/model/1.0#Ghost"));

		assertProblems(result, new ExchangeProblem("/records/0/type", ExchangeProblem.UNKNOWN_TYPE,
				"http://crm-enlace.org/model/1.0#Ghost"));
		assertTrue(result.problems().get(0).describe(Locale.ENGLISH).contains("#Ghost"));
	}

	@Test
	void anUnknownFieldIsAProblemOfTheSchemaAndOfTheReader() {
		ImportResult result = readChanged(r -> r.addProperty("favouriteColour", NAME));

		assertProblems(result, new ExchangeProblem("/records/0/favouriteColour", "additionalProperties"));

		JsonObject json = RecordJson.write(contactPoint());
		json.addProperty("favouriteColour", NAME);
		ExchangeFormatException e = assertThrows(ExchangeFormatException.class, () -> RecordJson.read(json, "/x"));
		assertEquals(List.of(new ExchangeProblem("/x/favouriteColour", ExchangeProblem.UNKNOWN_FIELD,
				"enlace.ContactPoint", "favouriteColour")), e.problems());
		assertFalse(e.getMessage().contains(NAME), e.getMessage());
	}

	@Test
	void aBadEnumLiteralIsNotInTheEnumeration() {
		assertProblems(readChanged(r -> r.addProperty("role", "JEFE")),
				new ExchangeProblem("/records/0/role", "enum"));
	}

	@Test
	void aDateThatDoesNotExistBreaksTheFormat() {
		assertProblems(readChanged(r -> r.addProperty("validFrom", "2026-02-30")),
				new ExchangeProblem("/records/0/validFrom", "format"));
		assertProblems(readChanged(r -> r.addProperty("createdAt", "2026-02-03 10:15")),
				new ExchangeProblem("/records/0/createdAt", "pattern"),
				new ExchangeProblem("/records/0/createdAt", "format"));
	}

	@Test
	void aMissingRequiredFieldIsPointedAt() {
		assertProblems(readChanged(r -> r.remove("ownerCountry")),
				new ExchangeProblem("/records/0/ownerCountry", "required"));
	}

	@Test
	void aCountryThatIsNotAlpha3BreaksThePattern() {
		assertProblems(readChanged(r -> r.addProperty("ownerCountry", "gt")),
				new ExchangeProblem("/records/0/ownerCountry", "pattern"));
	}

	@Test
	void aValueOfTheWrongJsonTypeIsRefused() {
		assertProblems(readChanged(r -> r.addProperty("version", "tres")),
				new ExchangeProblem("/records/0/version", "type"));
	}

	@Test
	void everyProblemOfADocumentIsListedNotOnlyTheFirst() {
		ImportResult result = readChanged(r -> {
			r.addProperty("ownerCountry", "Guatemala");
			r.addProperty("role", "JEFE");
			r.addProperty("fullName", 42);
		});

		assertEquals(3, result.problems().size(), result.problems().toString());
		assertTrue(result.records().isEmpty());
	}

	@Test
	void notJsonAndNotAnObjectAreProblemsToo() {
		assertProblems(ExchangeDocuments.read("{\"records\": ["), new ExchangeProblem("", ExchangeProblem.SYNTAX));
		assertProblems(ExchangeDocuments.read("[]"), new ExchangeProblem("", "type"));
		assertProblems(ExchangeDocuments.read("{\"formatVersion\": \"1.0\", \"records\": []}"),
				new ExchangeProblem("/format", "required"));
	}

	@Test
	void noMessageQuotesAPersonsValue() {
		ImportResult result = readChanged(r -> {
			r.addProperty("fullName", 1987);
			r.addProperty("country", NAME);
			r.addProperty("email", true);
			r.addProperty("validFrom", NAME);
			r.addProperty("role", NAME);
		});

		// validFrom breaks both its pattern and its format.
		assertEquals(6, result.problems().size(), result.problems().toString());
		for (ExchangeProblem problem : result.problems()) {
			for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH, Locale.FRENCH)) {
				String message = problem.describe(locale);
				assertFalse(message.contains("1987") || message.contains("María") || message.contains("Cruz"),
						message);
			}
		}
	}

	static ContactPoint contactPoint() {
		ContactPoint contact = EnlaceFactory.eINSTANCE.createContactPoint();
		contact.setId("5d0e4f3a-7b6c-4d2e-9f1a-8b7c6d5e4f01");
		contact.setOwnerCountry("GTM");
		contact.setCountry("GTM");
		contact.setFullName(NAME);
		contact.setEmail("enlace@example.org");
		return contact;
	}

	private static ImportResult readChanged(Consumer<JsonObject> change) {
		JsonObject document = ExchangeDocuments.toJson(List.<Record>of(contactPoint()));
		change.accept(document.getAsJsonArray("records").get(0).getAsJsonObject());
		return ExchangeDocuments.read(document.toString());
	}

	private static void assertProblems(ImportResult result, ExchangeProblem... expected) {
		assertEquals(List.of(expected), result.problems());
		assertTrue(result.records().isEmpty());
	}
}
