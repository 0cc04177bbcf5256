package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.mrz.IcaoSpecimens;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code mrz LINE1 LINE2 [LINE3]}: one JSON object, exit 0 valid, 1 a check fails, 2 no MRZ (reason on stderr);
 * no login and no data folder. No environment is given, so any login would fail.
 */
class MrzCliTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final Set<String> FIELDS = Set.of("format", "documentCode", "issuingState", "primaryIdentifier",
			"secondaryIdentifier", "documentNumber", "nationality", "dateOfBirth", "sex", "dateOfExpiry",
			"optionalData", "optionalData2", "checks", "valid", "problems", "warnings", "nameReadings");

	@Test
	void theTd3SpecimenIsValidWithEveryFieldAndCheckNamed() {
		CliRun run = mrz(IcaoSpecimens.TD3);
		assertEquals(Cli.OK, run.code(), run.err());
		assertEquals("", run.err());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(FIELDS, json.keySet());
		assertEquals("TD3", json.get("format").getAsString());
		assertEquals("P", json.get("documentCode").getAsString());
		assertEquals("UTO", json.get("issuingState").getAsString());
		assertEquals("ERIKSSON", json.get("primaryIdentifier").getAsString());
		assertEquals("ANNA MARIA", json.get("secondaryIdentifier").getAsString());
		assertEquals("L898902C3", json.get("documentNumber").getAsString());
		assertEquals("740812", json.get("dateOfBirth").getAsString());
		assertEquals("F", json.get("sex").getAsString());
		assertEquals("120415", json.get("dateOfExpiry").getAsString());
		assertEquals("ZE184226B", json.get("optionalData").getAsString());
		assertTrue(json.get("optionalData2").isJsonNull(), "TD1 only");
		JsonObject checks = json.getAsJsonObject("checks");
		assertEquals(Set.of("documentNumber", "dateOfBirth", "dateOfExpiry", "optionalData", "composite"),
				checks.keySet());
		checks.entrySet().forEach(check -> assertTrue(check.getValue().getAsBoolean(), check.getKey()));
		assertTrue(json.get("valid").getAsBoolean());
		assertEquals(0, json.getAsJsonArray("problems").size());
		assertEquals(0, json.getAsJsonArray("warnings").size());
	}

	@Test
	void everyFormatOfTheSpecimensIsTold() {
		List<String> formats = new ArrayList<>();
		for (List<String> specimen : IcaoSpecimens.all()) {
			CliRun run = mrz(specimen);
			assertEquals(Cli.OK, run.code(), run.err());
			formats.add(JsonParser.parseString(run.out()).getAsJsonObject().get("format").getAsString());
		}
		assertEquals(List.of("TD1", "TD2", "TD3", "MRVA", "MRVB"), formats);
		JsonObject td1 = JsonParser.parseString(mrz(IcaoSpecimens.TD1).out()).getAsJsonObject();
		assertEquals("", td1.get("optionalData2").getAsString());
		assertEquals(Set.of("documentNumber", "dateOfBirth", "dateOfExpiry", "composite"),
				td1.getAsJsonObject("checks").keySet());
	}

	@Test
	void aWrongCheckDigitExitsWithOneAndExplainsIt() {
		CliRun run = mrz(List.of(IcaoSpecimens.TD3.get(0), "L898902C36UTO7408123F1204159ZE184226B<<<<<10"));
		assertEquals(1, run.code(), run.err());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertFalse(json.get("valid").getAsBoolean());
		assertFalse(json.getAsJsonObject("checks").get("dateOfBirth").getAsBoolean());
		assertFalse(json.getAsJsonObject("checks").get("composite").getAsBoolean());
		assertTrue(json.getAsJsonObject("checks").get("documentNumber").getAsBoolean());
		JsonArray problems = json.getAsJsonArray("problems");
		assertEquals(2, problems.size());
		JsonObject first = problems.get(0).getAsJsonObject();
		assertEquals("dateOfBirth", first.get("field").getAsString());
		assertEquals("2", first.get("expected").getAsString());
		assertEquals("3", first.get("found").getAsString());
		assertTrue(first.get("message").getAsString().contains("20"), first.get("message").getAsString());
	}

	@Test
	void linesThatAreNoMrzExitWithTwoAndAReasonOnTheErrorStream() {
		CliRun shortLine = mrz(List.of(IcaoSpecimens.TD3.get(0), IcaoSpecimens.TD3.get(1).substring(1)));
		assertEquals(Cli.USAGE, shortLine.code());
		assertEquals("", shortLine.out());
		assertTrue(shortLine.err().contains("43"), shortLine.err());
		assertFalse(shortLine.err().contains("L898902C3") || shortLine.err().contains("ERIKSSON"), shortLine.err());
		CliRun mixed = mrz(List.of(IcaoSpecimens.TD3.get(0), IcaoSpecimens.TD2.get(1)));
		assertEquals(Cli.USAGE, mixed.code());
		CliRun oneLine = mrz(List.of(IcaoSpecimens.TD3.get(0)));
		assertEquals(Cli.USAGE, oneLine.code());
		CliRun nothing = CliRun.of(CLOCK, "mrz");
		assertEquals(Cli.USAGE, nothing.code());
		assertTrue(nothing.err().contains("mrz"), nothing.err());
		CliRun option = CliRun.of(CLOCK, "mrz", "--format", "csv");
		assertEquals(Cli.USAGE, option.code());
	}

	@Test
	void lowerCaseAndOcrConfusionsAreWarningsInTheJson() {
		CliRun run = mrz(List.of(IcaoSpecimens.TD3.get(0).toLowerCase(), "L898902C36UTO74O8122F1204159ZE184226B<<<<<10"));
		assertEquals(1, run.code(), "an O in a date is not corrected");
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("74O812", json.get("dateOfBirth").getAsString());
		JsonArray warnings = json.getAsJsonArray("warnings");
		assertEquals(List.of("lowerCase", "ocrLetterPasses"),
				warnings.asList().stream().map(w -> w.getAsJsonObject().get("kind").getAsString()).toList());
	}

	@Test
	void aNameReadsBackWithItsPossibleAccents() {
		CliRun run = mrz(List.of("P<UTONUNXXEZ<<JOSE<<<<<<<<<<<<<<<<<<<<<<<<<<", IcaoSpecimens.TD3.get(1)));
		assertEquals(Cli.OK, run.code(), run.err());
		JsonObject readings = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonObject("nameReadings");
		assertEquals("NUÑEZ", readings.getAsJsonObject("primaryIdentifier").get("text").getAsString());
		JsonObject firstAlternative = readings.getAsJsonObject("secondaryIdentifier").getAsJsonArray("alternatives")
				.get(0).getAsJsonObject();
		assertEquals("O", firstAlternative.get("mrz").getAsString());
		assertTrue(firstAlternative.getAsJsonArray("mayBe").asList().stream()
				.anyMatch(letter -> letter.getAsString().equals("Ó")));
	}

	@Test
	void theBenchmarkCountsChecksPerSecond() {
		CliRun run = CliRun.of(CLOCK, "mrz", "--bench", "2000");
		assertEquals(Cli.OK, run.code(), run.err());
		assertTrue(run.out().contains("2000"), run.out());
		assertEquals(Cli.USAGE, CliRun.of(CLOCK, "mrz", "--bench", "many").code());
	}

	private static CliRun mrz(List<String> lines) {
		List<String> args = new ArrayList<>(List.of("mrz"));
		args.addAll(lines);
		return CliRun.of(CLOCK, args.toArray(String[]::new));
	}
}
