package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The headless commands against a real store in a temporary data folder, loaded with the demo data set. */
class CliTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));

	@TempDir
	Path data;

	@Test
	void demoDataThenContactsListAsJsonListsSixteenCountriesWithTheirContacts() {
		CliRun demo = run("demo-data", "--data", data.toString());
		assertEquals(Cli.OK, demo.code(), demo.err());
		assertTrue(demo.out().contains("21"), "11 permanent + 10 alternate contacts: " + demo.out());

		CliRun list = run("contacts", "list", "--format", "json", "--data", data.toString());
		assertEquals(Cli.OK, list.code(), list.err());
		JsonArray rows = JsonParser.parseString(list.out()).getAsJsonArray();
		assertEquals(16, rows.size());
		JsonObject guatemala = row(rows, "GTM");
		assertEquals("MEMBER", guatemala.get("status").getAsString());
		assertTrue(guatemala.get("complete").getAsBoolean());
		assertTrue(guatemala.getAsJsonObject("permanent").get("email").getAsString().endsWith("@example.org"));
		JsonObject belize = row(rows, "BLZ");
		assertFalse(belize.get("complete").getAsBoolean());
		assertTrue(belize.get("alternate").isJsonNull());
		assertEquals("MISSING", belize.getAsJsonArray("issues").get(0).getAsJsonObject().get("kind").getAsString());
		assertEquals("OBSERVER", row(rows, "PER").get("status").getAsString());
	}

	@Test
	void eachUserSeesWhatTheAccessRuleReleasesToItsOrganization() {
		assertEquals(Cli.OK, run("demo-data", "--data", data.toString()).code());

		CliRun member = run("contacts", "list", "--format", "json", "--country", "MEX", "--role", "analyst",
				"--data", data.toString());
		assertEquals(16, JsonParser.parseString(member.out()).getAsJsonArray().size(), member.err());
		CliRun observer = run("contacts", "list", "--format", "json", "--country", "COL", "--data", data.toString());
		assertEquals(Cli.OK, observer.code(), observer.err());
		JsonArray seenByObserver = JsonParser.parseString(observer.out()).getAsJsonArray();
		assertEquals(1, seenByObserver.size(), "an observer sees nothing released to all members, only its own");
		assertEquals("COL", seenByObserver.get(0).getAsJsonObject().get("country").getAsString());

		CliRun observerCheck = run("contacts", "check", "--country", "COL", "--data", data.toString());
		assertEquals(Cli.OK, observerCheck.code(), observerCheck.err());
		assertTrue(observerCheck.out().contains("no ve el directorio de ningún país miembro")
				&& !observerCheck.out().contains("completo"), observerCheck.out());
	}

	@Test
	void contactsCheckListsTheIncompleteMembersAndExitsWithOne() {
		CliRun check = run("contacts", "check", "--data", data.toString());
		assertEquals(Cli.INCOMPLETE, check.code(), check.err());
		List<String> lines = check.out().lines().toList();
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("BLZ: ") && l.contains("alterno")), check.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("HND: ") && l.contains("180")), check.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("PAN: ")), check.out());
		assertFalse(lines.stream().anyMatch(l -> l.startsWith("GTM: ")), check.out());
	}

	@Test
	void csvHasAHeaderAndOneRowPerCountry() {
		CliRun csv = run("contacts", "list", "--format=csv", "--data", data.toString());
		assertEquals(Cli.OK, csv.code(), csv.err());
		List<String> lines = csv.out().lines().toList();
		assertTrue(lines.get(0).startsWith("country,name,status,complete"), lines.get(0));
		assertEquals(17, lines.size());
	}

	@Test
	void aSecondDemoLoadIntoTheSameFolderIsRefusedAndChangesNothing() {
		assertEquals(Cli.OK, run("demo-data", "--data", data.toString()).code());
		String before = run("contacts", "list", "--format", "json", "--data", data.toString()).out();
		CliRun again = run("demo-data", "--data", data.toString());
		assertEquals(Cli.USAGE, again.code());
		assertTrue(again.err().contains(data.toString()), again.err());
		assertEquals(before, run("contacts", "list", "--format", "json", "--data", data.toString()).out());
	}

	@Test
	void badCommandLinesGetAClearMessageAndExitCodeTwo() {
		CliRun unknown = run("contacts", "frobnicate", "--data", data.toString());
		assertEquals(Cli.USAGE, unknown.code());
		assertTrue(unknown.err().contains("contacts frobnicate"), unknown.err());
		CliRun format = run("contacts", "list", "--format", "xml", "--data", data.toString());
		assertEquals(Cli.USAGE, format.code());
		assertTrue(format.err().contains("xml"), format.err());
		CliRun missing = run("contacts", "list", "--data");
		assertEquals(Cli.USAGE, missing.code());
		assertTrue(missing.err().contains("--data"), missing.err());
	}

	@Test
	void aDataFolderThatCannotBeCreatedIsAStoreErrorNamingIt() throws Exception {
		Path file = Files.writeString(data.resolve("a-file"), "not a folder");
		Path impossible = file.resolve("data");
		CliRun result = run("contacts", "list", "--data", impossible.toString());
		assertEquals(Cli.STORE_FAILED, result.code());
		assertTrue(result.err().contains(impossible.toString()), result.err());
	}

	@Test
	void helpPrintsTheCommands() {
		CliRun help = run("help");
		assertEquals(Cli.OK, help.code());
		assertTrue(help.out().contains("contacts check"), help.out());
	}

	private static JsonObject row(JsonArray rows, String country) {
		return StreamSupport.stream(rows.spliterator(), false)
				.map(JsonElement::getAsJsonObject)
				.filter(r -> r.get("country").getAsString().equals(country))
				.findFirst().orElseThrow();
	}

	private static CliRun run(String... args) {
		return CliRun.of(CLOCK, args);
	}
}
