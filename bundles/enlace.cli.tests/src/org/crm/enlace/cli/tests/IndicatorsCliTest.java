package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.plan.SeedPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code indicators} on a demo data folder loaded on 2026-11-29: the seed plan's four indicators; the compliance
 * board computes the first, the demo data entered the number of officials trained by hand on 2026-10-30 (it counts
 * while no training area computes it), the others have no value while no area computes them.
 */
class IndicatorsCliTest {

	private static final Clock LOADED = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));

	@TempDir
	static Path data;

	@BeforeAll
	static void demoFolder() {
		CliRun demo = CliRun.of(LOADED, "demo-data", "--data", data.toString());
		assertEquals(Cli.OK, demo.code(), demo.err());
	}

	@Test
	void jsonGivesEveryIndicatorWithValueTargetUnitDayAndProvenance() {
		Map<String, JsonObject> indicators = json("--as-of", "2026-11-29");
		assertEquals(IndicatorCodes.SEED, List.copyOf(indicators.keySet()));
		JsonObject information = indicators.get(IndicatorCodes.INFORMATION_AVAILABLE);
		assertEquals("COMPUTED", information.get("provenance").getAsString());
		assertEquals("enlace.compliance", information.get("origin").getAsString());
		assertEquals(11, information.get("target").getAsInt());
		assertEquals("members", information.get("unit").getAsString());
		assertEquals("2026-11-29", information.get("asOf").getAsString());
		JsonObject breakdown = information.get("breakdown").getAsJsonObject();
		assertEquals(11, breakdown.size());
		assertEquals(completeMembersOnTheBoard(), information.get("value").getAsInt(), "what the board shows");
		assertEquals(information.get("value").getAsInt(),
				breakdown.entrySet().stream().mapToInt(e -> e.getValue().getAsInt()).sum());
		JsonObject trained = indicators.get(IndicatorCodes.OFFICIALS_TRAINED);
		if (!computed(IndicatorCodes.OFFICIALS_TRAINED)) {
			assertEquals("ENTERED", trained.get("provenance").getAsString());
			assertEquals(120, trained.get("value").getAsInt());
			assertEquals("2026-10-30", trained.get("dated").getAsString());
			assertEquals("XST", trained.get("origin").getAsString());
			assertTrue(trained.get("source").getAsString().contains("ficticio"), trained.toString());
		}
		if (!computed(IndicatorCodes.FEWER_VICTIMS)) {
			JsonObject victims = indicators.get(IndicatorCodes.FEWER_VICTIMS);
			assertEquals("NONE", victims.get("provenance").getAsString());
			assertTrue(victims.get("value").isJsonNull());
			assertEquals("Menor número de víctimas", victims.get("textEs").getAsString());
		}
	}

	@Test
	void anEntryMadeAfterTheDayAskedForDoesNotCount() {
		if (!computed(IndicatorCodes.OFFICIALS_TRAINED)) {
			JsonObject trained = json("--as-of", "2026-10-29").get(IndicatorCodes.OFFICIALS_TRAINED);
			assertEquals("NONE", trained.get("provenance").getAsString());
		}
	}

	@Test
	void csvHasOneRowPerIndicatorWithFixedColumns() throws IOException {
		CliRun run = CliRun.as("hnd.ppt", LOADED, "indicators", "--format", "csv", "--plan", SeedPlan.CODE, "--data",
				data.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(run.out())).getRecords();
		assertEquals(List.of("plan", "key", "indicator", "textEs", "textEn", "value", "target", "unit", "asOf",
				"provenance", "origin", "dated", "source"), records.getFirst().getParser().getHeaderNames());
		assertEquals(IndicatorCodes.SEED, records.stream().map(r -> r.get("indicator")).toList());
		records.forEach(r -> assertEquals(SeedPlan.CODE, r.get("plan")));
		records.forEach(r -> assertEquals("2026-11-29", r.get("asOf")));
		assertEquals("11", records.getFirst().get("target"));
		assertEquals("IE-O1-I1", records.getFirst().get("key"));
	}

	@Test
	void theTableNamesThePlanAndEachIndicator() {
		CliRun run = CliRun.as("secretariat", LOADED, "indicators", "--data", data.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		assertTrue(run.out().contains(SeedPlan.CODE), run.out());
		IndicatorCodes.SEED.forEach(code -> assertTrue(run.out().contains(code), run.out()));
		assertTrue(run.out().contains("enlace.compliance"), run.out());
	}

	@Test
	void aWrongDayOrAnUnknownPlanIsRefusedWithTheReason() {
		CliRun badDay = CliRun.as("secretariat", LOADED, "indicators", "--as-of", "29/11/2026", "--data",
				data.toString());
		assertEquals(Cli.USAGE, badDay.code());
		assertTrue(badDay.err().contains("29/11/2026"), badDay.err());
		CliRun noPlan = CliRun.as("secretariat", LOADED, "indicators", "--plan", "NO-SUCH-PLAN", "--data",
				data.toString());
		assertEquals(Cli.USAGE, noPlan.code());
		assertTrue(noPlan.err().contains("NO-SUCH-PLAN"), noPlan.err());
	}

	@Test
	void xlsxWritesTheWorkbookWithASheetOfIndicatorsAndOneByCountry() throws IOException {
		Path file = data.resolveSibling(data.getFileName() + "-indicators.xlsx");
		CliRun run = CliRun.as("secretariat", LOADED, "indicators", "--format", "xlsx", "--output", file.toString(),
				"--as-of", "2026-11-29", "--data", data.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		assertTrue(run.out().contains(file.getFileName().toString()), run.out());
		try (ZipFile zip = new ZipFile(file.toFile())) {
			String workbook = entry(zip, "xl/workbook.xml");
			assertEquals(2, workbook.split("<sheet ").length - 1, workbook);
			String strings = entry(zip, "xl/sharedStrings.xml");
			IndicatorCodes.SEED.forEach(code -> assertTrue(strings.contains(code), code));
			assertTrue(strings.contains(SeedPlan.CODE), strings);
			String countries = entry(zip, "xl/worksheets/sheet2.xml");
			int breakdowns = json("--as-of", "2026-11-29").values().stream()
					.mapToInt(o -> o.get("breakdown").getAsJsonObject().size()).sum();
			assertTrue(breakdowns >= 11, "the compliance board gives each member");
			assertEquals(breakdowns, countries.split("<row ").length - 2, "a row per country of each breakdown");
		} finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void xlsxWithoutAFileIsRefusedAndWritesNothing() {
		CliRun run = CliRun.as("secretariat", LOADED, "indicators", "--format", "xlsx", "--data", data.toString());
		assertEquals(Cli.USAGE, run.code());
		assertTrue(run.err().contains("--output"), run.err());
		assertEquals("", run.out());
	}

	private static String entry(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		assertTrue(entry != null, name);
		return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
	}

	private static Map<String, JsonObject> json(String... options) {
		List<String> args = new ArrayList<>(List.of("indicators", "--format", "json", "--data",
				data.toString()));
		args.addAll(List.of(options));
		CliRun run = CliRun.as("secretariat", LOADED, args.toArray(String[]::new));
		assertEquals(Cli.OK, run.code(), run.err());
		JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(SeedPlan.CODE, root.get("plan").getAsString());
		return StreamSupport.stream(root.get("indicators").getAsJsonArray().spliterator(), false)
				.map(JsonElement::getAsJsonObject).collect(Collectors.toMap(o -> o.get("indicator").getAsString(),
						o -> o, (a, b) -> a, LinkedHashMap::new));
	}

	/* Members whose every space that exists is COMPLETE on ./enlace compliance. */
	private static int completeMembersOnTheBoard() {
		CliRun run = CliRun.as("secretariat", LOADED, "compliance", "--format", "json", "--data", data.toString());
		assertEquals(Cli.OK, run.code(), run.err());
		Map<String, List<String>> statuses = StreamSupport
				.stream(JsonParser.parseString(run.out()).getAsJsonArray().spliterator(), false)
				.map(JsonElement::getAsJsonObject)
				.filter(o -> !o.get("status").getAsString().equals("NOT_AVAILABLE"))
				.collect(Collectors.groupingBy(o -> o.get("country").getAsString(),
						Collectors.mapping(o -> o.get("status").getAsString(), Collectors.toList())));
		return (int) statuses.values().stream().filter(s -> s.stream().allMatch("COMPLETE"::equals)).count();
	}

	private static boolean computed(String indicator) {
		return Services.all(IndicatorSource.class).stream().anyMatch(s -> s.indicator().equals(indicator));
	}
}
