package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code jtf overdue} on a demo data folder loaded on 2026-11-29: the demo Task Force meeting's open action item was
 * due on 2026-11-19, its item in progress is due on 2026-12-29, a third one is done.
 */
class JtfCliTest {

	private static final Clock LOADED = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));

	@TempDir
	static Path data;

	@BeforeAll
	static void demoFolder() {
		CliRun demo = CliRun.of(LOADED, "demo-data", "--data", data.toString());
		assertEquals(Cli.OK, demo.code(), demo.err());
	}

	@Test
	void jsonListsTheOpenItemPastItsDueDate() {
		CliRun run = CliRun.as("secretariat", LOADED, "jtf", "overdue", "--format", "json", "--data",
				data.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		JsonArray items = JsonParser.parseString(run.out()).getAsJsonArray();
		assertEquals(1, items.size(), run.out());
		JsonObject item = items.get(0).getAsJsonObject();
		assertEquals("2026-11-19", item.get("dueDate").getAsString());
		assertEquals(10, item.get("daysOverdue").getAsInt());
		assertEquals("OPEN", item.get("status").getAsString());
		assertEquals("JOINT_TASK_FORCE", item.get("meetingKind").getAsString());
		assertEquals(1, item.get("position").getAsInt());
	}

	@Test
	void csvAsOfALaterDayAddsTheItemInProgress() throws IOException {
		CliRun run = CliRun.as("hnd.ppt", LOADED, "jtf", "overdue", "--as-of", "2026-12-30", "--format", "csv",
				"--data", data.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(run.out())).getRecords();
		assertEquals(List.of("ownerOrganization", "dueDate", "daysOverdue", "status", "meetingId", "meetingDate",
				"meetingKind", "position", "description"), records.getFirst().getParser().getHeaderNames());
		assertEquals(List.of("2026-11-19/41", "2026-12-29/1"),
				records.stream().map(r -> r.get("dueDate") + "/" + r.get("daysOverdue")).sorted().toList());
	}

	@Test
	void nothingIsOverdueOnTheDueDateItself() {
		CliRun run = CliRun.as("secretariat", LOADED, "jtf", "overdue", "--as-of", "2026-11-19", "--format", "json",
				"--data", data.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		assertEquals(0, JsonParser.parseString(run.out()).getAsJsonArray().size());
	}

	@Test
	void aBadDayOrFormatIsRefusedNamingIt() {
		CliRun day = CliRun.as("secretariat", LOADED, "jtf", "overdue", "--as-of", "29/11/2026", "--data",
				data.toString());
		assertEquals(Cli.USAGE, day.code());
		assertTrue(day.err().contains("29/11/2026"), day.err());
		CliRun format = CliRun.as("secretariat", LOADED, "jtf", "overdue", "--format", "xml", "--data",
				data.toString());
		assertEquals(Cli.USAGE, format.code());
		assertTrue(format.err().contains("xml"), format.err());
		assertEquals(Cli.USAGE, CliRun.as("secretariat", LOADED, "jtf", "late", "--data", data.toString()).code());
	}
}
