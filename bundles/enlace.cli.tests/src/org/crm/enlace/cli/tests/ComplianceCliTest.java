package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code compliance} on a demo data folder: the space was approved (fictitiously) 100 days before the demo data was
 * loaded, on 2026-08-21, so the deadline is 2026-12-21.
 */
class ComplianceCliTest {

	private static final Clock LOADED = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final Clock LATE = Clock.fixed(Instant.parse("2027-01-10T12:00:00Z"));

	@TempDir
	static Path data;

	@BeforeAll
	static void demoFolder() {
		CliRun demo = CliRun.of(LOADED, "demo-data", "--data", data.toString());
		assertEquals(Cli.OK, demo.code(), demo.err());
	}

	@Test
	void jsonHasOneObjectPerMemberAndSpaceWithTheDaysLeft() {
		CliRun run = CliRun.as("secretariat", LOADED, "compliance", "--format", "json", "--data", data.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		JsonArray rows = JsonParser.parseString(run.out()).getAsJsonArray();
		assertEquals(11 * 5, rows.size());
		Map<String, JsonObject> byKey = StreamSupport.stream(rows.spliterator(), false)
				.map(JsonElement::getAsJsonObject)
				.collect(Collectors.toMap(o -> o.get("country").getAsString() + "/" + o.get("space").getAsString(),
						o -> o));
		JsonObject gtm = byKey.get("GTM/procedures");
		assertEquals("COMPLETE", gtm.get("status").getAsString());
		assertEquals("2026-12-21", gtm.get("deadline").getAsString());
		assertEquals(22, gtm.get("daysLeft").getAsInt());
		assertEquals(0, gtm.get("missing").getAsJsonArray().size());
		assertEquals("PARTIAL", byKey.get("MEX/procedures").get("status").getAsString(), "no national ID card");
		assertEquals(1, byKey.get("MEX/procedures").get("missing").getAsJsonArray().size());
		assertEquals("MISSING", byKey.get("BLZ/procedures").get("status").getAsString());
		assertEquals("PARTIAL", byKey.get("BLZ/contacts").get("status").getAsString(), "no alternate");
		assertEquals("COMPLETE", byKey.get("GTM/contacts").get("status").getAsString());
		assertEquals("MISSING", byKey.get("GTM/entry-rules").get("status").getAsString(),
				"the imported rules are unconfirmed");
		assertEquals("NOT_AVAILABLE", byKey.get("GTM/specimens").get("status").getAsString());
	}

	@Test
	void csvAfterTheDeadlineCountsDaysLateAsNegative() throws IOException {
		CliRun run = CliRun.as("hnd.ppt", LATE, "compliance", "--format", "csv", "--data", data.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(run.out())).getRecords();
		assertEquals(55, records.size());
		assertEquals(List.of("country", "space", "status", "deadline", "daysLeft", "missing"),
				records.getFirst().getParser().getHeaderNames());
		records.forEach(r -> assertEquals("-20", r.get("daysLeft")));
		assertTrue(records.stream().anyMatch(r -> r.get("status").equals("MISSING")));
	}

	@Test
	void anUnknownFormatIsAUsageError() {
		CliRun run = CliRun.as("secretariat", LOADED, "compliance", "--format", "xml", "--data", data.toString());
		assertEquals(Cli.USAGE, run.code());
		assertTrue(run.err().contains("xml"), run.err());
	}
}
