package org.crm.enlace.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crm.enlace.exchange.ExchangeDocuments;
import org.crm.enlace.exchange.ExchangeProblem;
import org.crm.enlace.exchange.ExchangeReader;
import org.crm.enlace.exchange.FormatVersion;
import org.crm.enlace.exchange.ImportResult;
import org.crm.enlace.exchange.Migration;
import org.crm.enlace.model.ContactPoint;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** An older document is read through its migrations; a newer one is refused, saying both versions. */
class VersioningTest {

	/**
	 * A document of a fictitious earlier version 0.9, in which a record's owner was called {@code owner}: the shape
	 * of a real migration's fixture.
	 */
	private static final String VERSION_0_9 = """
			{"format": "enlace-exchange", "formatVersion": "0.9", "records": [
			  {"type": "http://crm-enlace.org/model/1.0#ContactPoint", "id": "5d0e4f3a-7b6c-4d2e-9f1a-8b7c6d5e4f01",
			   "owner": "GTM", "country": "GTM", "fullName": "María José de la Cruz Núñez",
			   "email": "enlace@example.org"}]}""";

	/** The step from 0.9: {@code owner} became {@code ownerCountry}. */
	private static final Migration OWNER_RENAMED = new Migration() {

		@Override
		public FormatVersion from() {
			return new FormatVersion(0, 9);
		}

		@Override
		public FormatVersion to() {
			return FormatVersion.CURRENT;
		}

		@Override
		public void apply(JsonObject document) {
			for (JsonElement record : document.getAsJsonArray("records")) {
				JsonObject object = record.getAsJsonObject();
				JsonElement owner = object.remove("owner");
				if (owner != null) {
					object.add("ownerCountry", owner);
				}
			}
		}
	};

	@Test
	void anOlderDocumentIsMigratedThenValidatedThenRead() {
		ImportResult result = new ExchangeReader(List.of(OWNER_RENAMED)).read(VERSION_0_9);

		assertEquals(List.of(), result.problems());
		ContactPoint contact = (ContactPoint) result.records().get(0);
		assertEquals("GTM", contact.getOwnerCountry());
		assertEquals(BadInputTest.contactPoint().getFullName(), contact.getFullName());
	}

	@Test
	void anOlderDocumentWithoutAMigrationIsRefusedNamingTheVersions() {
		ImportResult result = new ExchangeReader().read(VERSION_0_9);

		assertEquals(List.of(new ExchangeProblem("/formatVersion", ExchangeProblem.NO_MIGRATION, "0.9", "1.0")),
				result.problems());
	}

	@Test
	void aNewerDocumentIsRefusedSayingWhichVersionThisNodeReads() {
		for (String newer : List.of("1.1", "2.0")) {
			JsonObject document = ExchangeDocuments.toJson(List.of(BadInputTest.contactPoint()));
			document.addProperty("formatVersion", newer);
			document.getAsJsonArray("records").get(0).getAsJsonObject().addProperty("something", "new");

			ImportResult result = new ExchangeReader(List.of(OWNER_RENAMED)).read(document.toString());

			ExchangeProblem refusal = new ExchangeProblem("/formatVersion", ExchangeProblem.NEWER_VERSION, newer, "1.0");
			assertEquals(List.of(refusal), result.problems());
			String message = refusal.describe(Locale.ENGLISH);
			assertTrue(message.contains(newer) && message.contains("reads up to 1.0"), message);
		}
	}

	@Test
	void anUnreadableVersionIsAProblemOfItsPattern() {
		JsonObject document = ExchangeDocuments.toJson(List.of(BadInputTest.contactPoint()));
		document.addProperty("formatVersion", "1");

		assertEquals(List.of(new ExchangeProblem("/formatVersion", "pattern")),
				ExchangeDocuments.read(document.toString()).problems());
	}

	@Test
	void versionsCompareByMajorThenMinor() {
		assertEquals(Optional.of(new FormatVersion(1, 10)), FormatVersion.parse("1.10"));
		assertTrue(new FormatVersion(1, 10).isNewerThan(new FormatVersion(1, 9)));
		assertTrue(new FormatVersion(2, 0).isNewerThan(new FormatVersion(1, 10)));
		assertEquals(Optional.empty(), FormatVersion.parse("01.0"));
		assertEquals(Optional.empty(), FormatVersion.parse("1.0.0"));
		assertEquals("1.0", ExchangeDocuments.toJson(List.of()).get("formatVersion").getAsString());
	}
}
