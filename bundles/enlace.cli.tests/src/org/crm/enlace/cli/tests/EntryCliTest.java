package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code entry NATIONALITY DEST...} against a data folder that got the entry matrix (the shipped passport-index data
 * set) at its first start.
 */
class EntryCliTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final List<String> FIELDS = List.of("destination", "nationality", "requirement", "maxStayDays",
			"confirmed", "source");

	@TempDir
	static Path data;

	@BeforeAll
	static void demoFolder() {
		CliRun demo = CliRun.of(CLOCK, "demo-data", "--data", data.toString());
		assertEquals(Cli.OK, demo.code(), demo.err());
	}

	@Test
	void oneObjectPerDestinationInTheOrderAsked() {
		CliRun run = entry("mex.analyst", "SLV", "GTM", "USA", "CRI", "COL");
		assertEquals(Cli.OK, run.code(), run.err());
		JsonArray answers = JsonParser.parseString(run.out()).getAsJsonArray();
		assertEquals(4, answers.size());
		for (int i = 0; i < answers.size(); i++) {
			JsonObject answer = answers.get(i).getAsJsonObject();
			assertTrue(answer.keySet().containsAll(FIELDS), answer.keySet().toString());
			assertEquals(List.of("GTM", "USA", "CRI", "COL").get(i), answer.get("destination").getAsString());
			assertEquals("SLV", answer.get("nationality").getAsString());
			assertFalse(answer.get("confirmed").getAsBoolean(), "imported rules are unconfirmed");
		}
		JsonObject guatemala = answers.get(0).getAsJsonObject();
		assertEquals("NATIONAL_ID", guatemala.get("requirement").getAsString(), "CA-4");
		assertTrue(guatemala.get("maxStayDays").isJsonNull());
		assertTrue(guatemala.get("legalBasis").getAsString().contains("CA-4"));
		assertTrue(guatemala.get("source").getAsString().startsWith("passport-index, passportindex.org"));
		assertEquals("VISA_REQUIRED", answers.get(1).getAsJsonObject().get("requirement").getAsString());
		JsonObject costaRica = answers.get(2).getAsJsonObject();
		assertEquals("VISA_FREE", costaRica.get("requirement").getAsString());
		assertEquals(30, costaRica.get("maxStayDays").getAsInt());
		JsonObject colombia = answers.get(3).getAsJsonObject();
		assertTrue(colombia.get("requirement").isJsonNull(), "an observer: outside the matrix, no rule known");
		assertTrue(colombia.get("source").isJsonNull());
	}

	@Test
	void codesInLowerCaseAreReadAsCodesAndOwnNationalsEnterTheirOwnCountry() {
		CliRun run = entry("gtm.analyst", "usa", "mex", "usa");
		assertEquals(Cli.OK, run.code(), run.err());
		JsonArray answers = JsonParser.parseString(run.out()).getAsJsonArray();
		assertEquals("VISA_FREE", answers.get(0).getAsJsonObject().get("requirement").getAsString());
		assertEquals(180, answers.get(0).getAsJsonObject().get("maxStayDays").getAsInt());
		assertEquals("OWN_COUNTRY", answers.get(1).getAsJsonObject().get("requirement").getAsString());
	}

	@Test
	void anUnknownCodeExitsWithTwoAndNamesItBeforeAnyLogin() {
		CliRun nationality = CliRun.of(CLOCK, "entry", "QQQ", "GTM", "--data", data.toString());
		assertEquals(Cli.USAGE, nationality.code());
		assertTrue(nationality.err().contains("QQQ"), nationality.err());
		assertTrue(nationality.out().isEmpty(), nationality.out());
		CliRun destination = entry("mex.analyst", "GTM", "MEX", "XYZ1");
		assertEquals(Cli.USAGE, destination.code());
		assertTrue(destination.err().contains("XYZ1"), destination.err());
	}

	@Test
	void withoutADestinationOrALoginTheCommandIsRefused() {
		CliRun alone = entry("mex.analyst", "GTM");
		assertEquals(Cli.USAGE, alone.code());
		assertTrue(alone.err().contains("entry"), alone.err());
		CliRun noLogin = CliRun.of(CLOCK, "entry", "GTM", "MEX", "--data", data.toString());
		assertEquals(Cli.USAGE, noLogin.code());
		assertTrue(noLogin.err().contains("ENLACE_USER"), noLogin.err());
		CliRun wrongPassword = CliRun.with(Map.of("ENLACE_USER", "mex.analyst", "ENLACE_PASSWORD", "not-the-password"),
				CLOCK, "entry", "GTM", "MEX", "--data", data.toString());
		assertEquals(Cli.LOGIN_FAILED, wrongPassword.code());
	}

	private static CliRun entry(String user, String... codes) {
		String[] args = new String[codes.length + 3];
		args[0] = "entry";
		System.arraycopy(codes, 0, args, 1, codes.length);
		args[codes.length + 1] = "--data";
		args[codes.length + 2] = data.toString();
		return CliRun.as(user, CLOCK, args);
	}
}
