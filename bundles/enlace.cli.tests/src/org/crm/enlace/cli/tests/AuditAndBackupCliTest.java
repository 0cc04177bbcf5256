package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.store.derby.internal.AuditTampering;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code audit verify}, {@code audit list}, {@code backup} and {@code restore} against a store with the demo data. */
class AuditAndBackupCliTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));

	@TempDir
	Path temporary;

	private Path data;

	@BeforeEach
	void demoData() {
		data = temporary.resolve("data");
		CliRun demo = run("demo-data", "--data", data.toString());
		assertEquals(Cli.OK, demo.code(), demo.err());
	}

	@Test
	void auditVerifyOfAnIntactLogExitsZero() {
		CliRun verify = run("audit", "verify", "--data", data.toString());

		assertEquals(Cli.OK, verify.code(), verify.err());
		assertTrue(verify.out().contains("íntegro"), verify.out());
	}

	@Test
	void auditVerifyNamesTheFirstBrokenEntryAndExitsOne() {
		try (RecordStore store = openDirectly()) {
			AuditTampering.change(store, 7, "DETAIL", "otra cosa");
		}

		CliRun verify = run("audit", "verify", "--data", data.toString());

		assertEquals(Cli.AUDIT_BROKEN, verify.code(), verify.out());
		assertTrue(verify.out().contains("ROTO a partir de la entrada 7:"), verify.out());
		assertTrue(verify.out().contains("fue modificada"), verify.out());
	}

	@Test
	void auditCommandsOnAFolderWithoutAStoreExitThreeAndCreateNothing() {
		Path empty = temporary.resolve("empty");

		CliRun verify = run("audit", "verify", "--data", empty.toString());

		assertEquals(Cli.STORE_FAILED, verify.code());
		assertTrue(verify.err().contains(empty.toString()), verify.err());
		assertFalse(Files.exists(empty.resolve("db")));
	}

	@Test
	void auditListShowsExportsAndOnlyTheEntriesTheUserMayRead() {
		CliRun export = run("contacts", "list", "--format", "csv", "--data", data.toString());
		assertEquals(Cli.OK, export.code(), export.err());
		CliRun.as("gtm.liaison", CLOCK, "contacts", "list", "--data", data.toString());

		JsonArray all = json(run("audit", "list", "--format", "json", "--data", data.toString()));
		assertTrue(entries(all).anyMatch(e -> e.get("action").getAsString().equals("EXPORT")
				&& e.get("detail").getAsString().startsWith("contacts list csv: ")), all.toString());
		assertTrue(entries(all).anyMatch(e -> e.get("organization").getAsString().equals("GTM")));
		assertTrue(entries(all).anyMatch(e -> e.get("user").getAsString().equals("enlace.sistema")),
				"the Secretariat reads the system's entries");

		JsonArray guatemala = json(CliRun.as("gtm.analyst", CLOCK, "audit", "list", "--format", "json", "--data",
				data.toString()));
		assertTrue(guatemala.size() >= 2, guatemala.toString());
		assertTrue(entries(guatemala).allMatch(e -> e.get("organization").getAsString().equals("GTM")),
				guatemala.toString());

		assertEquals(0, json(run("audit", "list", "--format", "json", "--since", "2026-11-30", "--data",
				data.toString())).size(), "nothing from the day after the fixed clock");
		CliRun table = run("audit", "list", "--data", data.toString());
		assertEquals(Cli.OK, table.code(), table.err());
		assertTrue(table.out().lines().count() > all.size(), "a header and a line per entry");
		assertEquals(Cli.USAGE, run("audit", "list", "--since", "ayer", "--data", data.toString()).code());
	}

	@Test
	void aBackupRestoredIntoANewFolderListsTheSameDirectory() throws IOException {
		Path backups = temporary.resolve("backups");
		CliRun backup = run("backup", backups.toString(), "--data", data.toString());
		assertEquals(Cli.OK, backup.code(), backup.err());
		Path backupFolder = onlyBackupIn(backups);
		assertTrue(backup.out().contains(backupFolder.toString()), backup.out());

		Path restored = temporary.resolve("restored");
		CliRun restore = run("restore", backupFolder.toString(), "--data", restored.toString());

		assertEquals(Cli.OK, restore.code(), restore.err());
		assertEquals(list(data), list(restored));
		assertEquals(Cli.OK, run("audit", "verify", "--data", restored.toString()).code());
		CliRun again = run("restore", backupFolder.toString(), "--data", restored.toString());
		assertEquals(Cli.STORE_FAILED, again.code());
		assertTrue(again.err().contains(restored.toString()), again.err());
		CliRun notABackup = run("restore", data.toString(), "--data", temporary.resolve("other").toString());
		assertEquals(Cli.STORE_FAILED, notABackup.code());
		assertTrue(notABackup.err().contains(data.toString()), notABackup.err());
	}

	@Test
	void aBackupOfAFolderAnotherStoreHoldsIsRefusedWithAHint() {
		try (RecordStore workbench = openDirectly()) {
			CliRun backup = run("backup", temporary.resolve("backups").toString(), "--data", data.toString());

			assertEquals(Cli.STORE_FAILED, backup.code());
			assertTrue(backup.err().contains("banco de trabajo"), backup.err());
			assertFalse(Files.exists(temporary.resolve("backups")));
		}
	}

	@Test
	void backupAndRestoreNeedExactlyOneFolderAndHelpNamesThem() {
		assertEquals(Cli.USAGE, run("backup", "--data", data.toString()).code());
		assertEquals(Cli.USAGE, run("restore", "a", "b").code());
		String help = run("help").out();
		assertTrue(Stream.of("audit verify", "audit list", "backup", "restore").allMatch(help::contains), help);
	}

	private static Path onlyBackupIn(Path backups) throws IOException {
		try (Stream<Path> folders = Files.list(backups)) {
			List<Path> found = folders.toList();
			assertEquals(1, found.size(), found.toString());
			return found.getFirst();
		}
	}

	private String list(Path folder) {
		CliRun list = run("contacts", "list", "--format", "json", "--data", folder.toString());
		assertEquals(Cli.OK, list.code(), list.err());
		return list.out();
	}

	private static JsonArray json(CliRun result) {
		assertEquals(Cli.OK, result.code(), result.err());
		return JsonParser.parseString(result.out()).getAsJsonArray();
	}

	private static Stream<JsonObject> entries(JsonArray array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonElement::getAsJsonObject);
	}

	/* As the workbench does: a login, then the store of the folder. */
	private RecordStore openDirectly() {
		Unlocked login;
		try (Credentials credentials = new Credentials("secretariat", "enlace-demo".toCharArray())) {
			login = Keyring.read(data, CLOCK).unlock(credentials);
		}
		return Services.await(RecordStoreFactory.class, 10_000).orElseThrow().open(data,
				login.account().asCurrentUser(), login.keys(), CLOCK);
	}

	/* Logged in as the demo data set's Secretariat user. */
	private static CliRun run(String... args) {
		return args[0].equals("demo-data") || args[0].equals("help") ? CliRun.of(CLOCK, args)
				: CliRun.as("secretariat", CLOCK, args);
	}
}
