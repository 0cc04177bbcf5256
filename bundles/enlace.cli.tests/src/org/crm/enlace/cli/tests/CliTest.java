package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
		assertTrue(demo.out().contains("36"), "11 permanent + 10 alternate contacts, 6 document procedures, "
				+ "1 space approval, 2 Joint Task Force meetings, 4 national commissions, 1 indicator value and 1 "
				+ "activity update of the work plan: " + demo.out());
		assertTrue(demo.out().contains("gtm.analyst") && demo.out().contains("enlace-demo"), demo.out());

		CliRun list = secretariat("contacts", "list", "--format", "json", "--data", data.toString());
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

		CliRun member = CliRun.as("mex.analyst", CLOCK, "contacts", "list", "--format", "json", "--data",
				data.toString());
		assertEquals(16, JsonParser.parseString(member.out()).getAsJsonArray().size(), member.err());
		CliRun added = CliRun.with(Map.of("ENLACE_USER", "secretariat", "ENLACE_PASSWORD", "enlace-demo",
				"ENLACE_NEW_PASSWORD", OBSERVER_PASSWORD), CLOCK, "accounts", "add", "col.observer", "--country", "COL",
				"--role", "analyst", "--data", data.toString());
		assertEquals(Cli.OK, added.code(), added.err());
		CliRun observer = observer("contacts", "list", "--format", "json", "--data", data.toString());
		assertEquals(Cli.OK, observer.code(), observer.err());
		JsonArray seenByObserver = JsonParser.parseString(observer.out()).getAsJsonArray();
		assertEquals(16, seenByObserver.size(), "the countries are reference data the whole network sees");
		List<String> withContacts = new ArrayList<>();
		seenByObserver.forEach(row -> {
			if (!row.getAsJsonObject().get("permanent").isJsonNull()
					|| !row.getAsJsonObject().get("alternate").isJsonNull()) {
				withContacts.add(row.getAsJsonObject().get("country").getAsString());
			}
		});
		assertEquals(List.of(), withContacts, "no contact: the demo's are released to all members, not observers");

		CliRun observerCheck = observer("contacts", "check", "--data", data.toString());
		assertEquals(Cli.OK, observerCheck.code(), observerCheck.err());
		assertTrue(observerCheck.out().contains("no ve el directorio de ningún país miembro")
				&& !observerCheck.out().contains("completo"), observerCheck.out());
	}

	@Test
	void contactsCheckListsTheIncompleteMembersAndExitsWithOne() {
		CliRun check = secretariat("contacts", "check", "--data", data.toString());
		assertEquals(Cli.INCOMPLETE, check.code(), check.err());
		List<String> lines = check.out().lines().toList();
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("BLZ: ") && l.contains("alterno")), check.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("HND: ") && l.contains("180")), check.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("PAN: ")), check.out());
		assertFalse(lines.stream().anyMatch(l -> l.startsWith("GTM: ")), check.out());
	}

	@Test
	void csvHasAHeaderAndOneRowPerCountry() {
		CliRun csv = secretariat("contacts", "list", "--format=csv", "--data", data.toString());
		assertEquals(Cli.OK, csv.code(), csv.err());
		List<String> lines = csv.out().lines().toList();
		assertTrue(lines.get(0).startsWith("country,name,status,complete"), lines.get(0));
		assertEquals(17, lines.size());
	}

	@Test
	void aSecondDemoLoadIntoTheSameFolderIsRefusedAndChangesNothing() {
		assertEquals(Cli.OK, run("demo-data", "--data", data.toString()).code());
		String before = secretariat("contacts", "list", "--format", "json", "--data", data.toString()).out();
		CliRun withoutLogin = run("demo-data", "--data", data.toString());
		assertEquals(Cli.USAGE, withoutLogin.code());
		assertTrue(withoutLogin.err().contains("ENLACE_USER"), "the folder has accounts now: " + withoutLogin.err());
		CliRun again = secretariat("demo-data", "--data", data.toString());
		assertEquals(Cli.USAGE, again.code());
		assertTrue(again.err().contains(data.toString()), again.err());
		assertEquals(before, secretariat("contacts", "list", "--format", "json", "--data", data.toString()).out());
	}

	@Test
	void badCommandLinesGetAClearMessageAndExitCodeTwo() {
		CliRun unknown = run("contacts", "frobnicate", "--data", data.toString());
		assertEquals(Cli.USAGE, unknown.code());
		assertTrue(unknown.err().contains("contacts frobnicate"), unknown.err());
		CliRun format = secretariat("contacts", "list", "--format", "xml", "--data", data.toString());
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
		CliRun result = secretariat("contacts", "list", "--data", impossible.toString());
		assertEquals(Cli.STORE_FAILED, result.code());
		assertTrue(result.err().contains(impossible.toString()), result.err());
	}

	@Test
	void helpPrintsTheCommands() {
		CliRun help = run("help");
		assertEquals(Cli.OK, help.code());
		assertTrue(help.out().contains("contacts check"), help.out());
		assertTrue(help.out().contains("entry NACIONALIDAD DESTINO"), help.out());
	}

	private static JsonObject row(JsonArray rows, String country) {
		return StreamSupport.stream(rows.spliterator(), false)
				.map(JsonElement::getAsJsonObject)
				.filter(r -> r.get("country").getAsString().equals(country))
				.findFirst().orElseThrow();
	}

	@Test
	void aWrongPasswordAndAnUnknownUserFailAlikeWithExitCodeFourAndNoHint() {
		assertEquals(Cli.OK, run("demo-data", "--data", data.toString()).code());

		CliRun wrongPassword = CliRun.with(Map.of("ENLACE_USER", "gtm.analyst", "ENLACE_PASSWORD", "no-es-esta"),
				CLOCK, "contacts", "list", "--data", data.toString());
		CliRun unknownUser = CliRun.with(Map.of("ENLACE_USER", "nadie", "ENLACE_PASSWORD", "enlace-demo"), CLOCK,
				"contacts", "list", "--data", data.toString());

		assertEquals(Cli.LOGIN_FAILED, wrongPassword.code());
		assertEquals(Cli.LOGIN_FAILED, unknownUser.code());
		assertEquals(wrongPassword.err(), unknownUser.err());
		assertEquals("", wrongPassword.out());
		assertFalse(wrongPassword.err().contains("gtm.analyst"), wrongPassword.err());
	}

	@Test
	void commandsThatUseDataSayHowToLogInAndOrganizationOptionsAreRefused() {
		assertEquals(Cli.OK, run("demo-data", "--data", data.toString()).code());

		CliRun anonymous = run("contacts", "list", "--data", data.toString());
		assertEquals(Cli.USAGE, anonymous.code());
		assertTrue(anonymous.err().contains("ENLACE_USER") && anonymous.err().contains("ENLACE_PASSWORD"),
				anonymous.err());
		CliRun pretending = secretariat("contacts", "list", "--country", "MEX", "--data", data.toString());
		assertEquals(Cli.USAGE, pretending.code());
		assertTrue(pretending.err().contains("--country"), pretending.err());
	}

	@Test
	void aRealDeploymentStartsWithItsFirstAccountAndNoDemoData() {
		CliRun init = CliRun.with(Map.of("ENLACE_NEW_PASSWORD", "clave-del-administrador"), CLOCK, "accounts",
				"init", "admin.gtm", "--country", "GTM", "--role", "liaison-officer", "--data", data.toString());
		assertEquals(Cli.OK, init.code(), init.err());
		Map<String, String> admin = Map.of("ENLACE_USER", "admin.gtm", "ENLACE_PASSWORD", "clave-del-administrador");

		CliRun list = CliRun.with(admin, CLOCK, "contacts", "list", "--format", "json", "--data", data.toString());
		assertEquals(Cli.OK, list.code(), list.err());
		JsonArray rows = JsonParser.parseString(list.out()).getAsJsonArray();
		assertEquals(16, rows.size(), "the reference data is there");
		assertTrue(row(rows, "GTM").get("permanent").isJsonNull(), "but no demo contact");
		CliRun accounts = CliRun.with(admin, CLOCK, "accounts", "list", "--data", data.toString());
		assertEquals(Cli.OK, accounts.code(), accounts.err());
		assertTrue(accounts.out().contains("admin.gtm"), accounts.out());
		CliRun again = CliRun.with(Map.of("ENLACE_NEW_PASSWORD", "clave-del-administrador"), CLOCK, "accounts",
				"init", "otro", "--country", "GTM", "--role", "analyst", "--data", data.toString());
		assertEquals(Cli.STORE_FAILED, again.code());
		CliRun shortPassword = CliRun.with(Map.of("ENLACE_NEW_PASSWORD", "corta"), CLOCK, "accounts", "init",
				"otro", "--country", "GTM", "--role", "analyst", "--data", data.resolve("otra").toString());
		assertEquals(Cli.USAGE, shortPassword.code());
		assertFalse(Files.exists(data.resolve("otra").resolve("keyring.properties")));
	}

	@Test
	void searchFindsWhatTheUserMaySeeAndExplainsABadQuery() {
		assertEquals(Cli.OK, run("demo-data", "--data", data.toString()).code());

		CliRun found = CliRun.as("gtm.analyst", CLOCK, "search", "ficticia", "--data", data.toString());
		assertEquals(Cli.OK, found.code(), found.err());
		assertTrue(found.out().contains("ContactPoint"), found.out());
		assertFalse(found.out().contains("Ficticia"), "hits are listed without their content: " + found.out());
		CliRun bad = CliRun.as("gtm.analyst", CLOCK, "search", "\"Zacarias", "--data", data.toString());
		assertEquals(Cli.USAGE, bad.code());
		assertFalse(bad.err().contains("Zacarias"), bad.err());
		CliRun rebuilt = CliRun.as("gtm.analyst", CLOCK, "search", "rebuild", "--data", data.toString());
		assertEquals(Cli.OK, rebuilt.code(), rebuilt.err());
		String again = CliRun.as("gtm.analyst", CLOCK, "search", "ficticia", "--data", data.toString()).out();
		// Equal scores may come in another order: the hits, not their order, must be the same.
		assertEquals(found.out().lines().sorted().toList(), again.lines().sorted().toList(),
				"the same hits after a rebuild");
	}

	private static final String OBSERVER_PASSWORD = "clave-del-observador";

	private static CliRun observer(String... args) {
		return CliRun.with(Map.of("ENLACE_USER", "col.observer", "ENLACE_PASSWORD", OBSERVER_PASSWORD), CLOCK, args);
	}

	private static CliRun secretariat(String... args) {
		return CliRun.as("secretariat", CLOCK, args);
	}

	private static CliRun run(String... args) {
		return CliRun.of(CLOCK, args);
	}
}
