package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code match}, {@code generate persons} and {@code match-quality}: no login, no data folder; the output CSV's
 * header and scores; bad input exits 2 naming the line, leaving no output and printing no person's data.
 */
class LinkageCliTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final String PERSON = """
			{"id":"a","givenNames":"María José","firstSurname":"de la Cruz","secondSurname":"Nuñez",\
			"dateOfBirth":"1990-05-04","sex":"F","nationality":"HND"}""";

	@TempDir
	Path folder;

	@Test
	void generatedPersonsAreMatchedAndMeasuredAgainstTheirTruth() throws IOException {
		Path persons = folder.resolve("persons.jsonl");
		Path truth = folder.resolve("truth.csv");
		CliRun generate = CliRun.of(CLOCK, "generate", "persons", "--count", "3000", "--seed", "5", "--out",
				persons.toString(), "--truth", truth.toString());
		assertEquals(Cli.OK, generate.code(), generate.err());
		assertEquals(3000, Files.readAllLines(persons).size());
		assertEquals("id,personId", Files.readAllLines(truth).get(0));
		for (String mode : List.of("plain", "encoded")) {
			Path pairs = folder.resolve(mode + ".csv");
			Path secret = Files.writeString(folder.resolve("secret"), "the network's shared secret\n");
			CliRun match = mode.equals("plain") ? CliRun.of(CLOCK, "match", persons.toString(), pairs.toString())
					: CliRun.of(CLOCK, "match", persons.toString(), pairs.toString(), "--encoded", "--secret-file",
							secret.toString());
			assertEquals(Cli.OK, match.code(), match.err());
			assertEquals("", match.err());
			List<String> lines = Files.readAllLines(pairs);
			assertEquals("idA,idB,score", lines.get(0));
			assertTrue(lines.size() > 500, mode + ": " + lines.size());
			for (String line : lines.subList(1, lines.size())) {
				String[] fields = line.split(",");
				assertEquals(3, fields.length, line);
				double score = Double.parseDouble(fields[2]);
				assertTrue(score >= 0 && score <= 1, line);
				assertFalse(fields[0].equals(fields[1]), line);
			}
			CliRun quality = CliRun.of(CLOCK, "match-quality", pairs.toString(), truth.toString());
			assertEquals(Cli.OK, quality.code(), quality.err());
			assertTrue(quality.out().contains("F1"), quality.out());
		}
	}

	@Test
	void estimatedWeightsAreReportedAndRefusedInTheEncodedMode() throws IOException {
		Path persons = folder.resolve("persons.jsonl");
		Path truth = folder.resolve("truth.csv");
		assertEquals(Cli.OK, CliRun.of(CLOCK, "generate", "persons", "--count", "3000", "--seed", "5", "--out",
				persons.toString(), "--truth", truth.toString()).code());
		Path pairs = folder.resolve("pairs.csv");
		CliRun match = CliRun.of(CLOCK, "match", persons.toString(), pairs.toString(), "--estimate");
		assertEquals(Cli.OK, match.code(), match.err());
		assertTrue(match.out().contains("EM"), match.out());
		assertTrue(Files.readAllLines(pairs).size() > 500);
		CliRun quality = CliRun.of(CLOCK, "match-quality", pairs.toString(), truth.toString());
		double f1 = Double.parseDouble(quality.out().replaceAll("(?s).*F1 ([0-9]+[.,]?[0-9]*).*", "$1").replace(',', '.'));
		assertTrue(f1 > 0.97, quality.out());
		Files.delete(pairs);
		CliRun both = CliRun.of(CLOCK, "match", persons.toString(), pairs.toString(), "--estimate", "--encoded");
		assertEquals(Cli.USAGE, both.code());
		assertTrue(both.err().contains("--estimate"), both.err());
		assertFalse(Files.exists(pairs));
	}

	@Test
	void theThresholdDecidesWhichPairsAreWritten() throws IOException {
		Path input = Files.writeString(folder.resolve("in.jsonl"), PERSON + "\n"
				+ PERSON.replace("\"a\"", "\"b\"").replace("María José", "Maria J.").replace("1990-05-04", "1990-04-05")
				+ "\n\n" + PERSON.replace("\"a\"", "\"c\"").replace("María José", "Rosa").replace("Nuñez", "Paz"));
		Path output = folder.resolve("out.csv");
		assertEquals(Cli.OK, CliRun.of(CLOCK, "match", input.toString(), output.toString()).code());
		List<String> lines = Files.readAllLines(output);
		assertEquals(2, lines.size(), lines.toString());
		assertTrue(lines.get(1).startsWith("a,b,"), lines.toString());
		assertEquals(Cli.OK, CliRun.of(CLOCK, "match", input.toString(), output.toString(), "--threshold", "1").code());
		assertEquals(List.of("idA,idB,score"), Files.readAllLines(output));
		CliRun bad = CliRun.of(CLOCK, "match", input.toString(), output.toString(), "--threshold", "2");
		assertEquals(Cli.USAGE, bad.code());
		assertTrue(bad.err().contains("2"), bad.err());
		CliRun rejected = CliRun.of(CLOCK, "match", input.toString(), output.toString(), "--decisions",
				Files.writeString(folder.resolve("d.csv"), "idA,idB,decision\nb,a,rejected\n").toString());
		assertEquals(Cli.OK, rejected.code(), rejected.err());
		assertEquals(List.of("idA,idB,score"), Files.readAllLines(output));
	}

	@Test
	void badLinesExitWithTwoNameTheLineAndLeaveNoOutput() throws IOException {
		assertBadInput(PERSON + "\n{\"id\":\"b\",\"givenNames\":\"Ana\"\n", "2");
		assertBadInput(PERSON + "\n\n{\"givenNames\":\"Ana\",\"firstSurname\":\"Paz\"}\n", "3", "id");
		assertBadInput(PERSON + "\n" + PERSON + "\n", "2", "id");
		assertBadInput("[1,2]\n", "1");
		assertBadInput("{\"id\":\"x\",\"givenNames\":{\"first\":\"Ana\"}}\n", "1", "givenNames");
	}

	@Test
	void wrongCommandLinesExitWithTwo() {
		assertEquals(Cli.USAGE, CliRun.of(CLOCK, "match").code());
		assertEquals(Cli.USAGE, CliRun.of(CLOCK, "match", "a.jsonl").code());
		assertEquals(Cli.USAGE, CliRun.of(CLOCK, "match", "a.jsonl", "b.csv", "--fast").code());
		CliRun missing = CliRun.of(CLOCK, "match", folder.resolve("none.jsonl").toString(),
				folder.resolve("out.csv").toString());
		assertEquals(Cli.USAGE, missing.code());
		assertFalse(Files.exists(folder.resolve("out.csv")));
		assertEquals(Cli.USAGE, CliRun.of(CLOCK, "generate", "persons", "--count", "many", "--seed", "1", "--out",
				"p.jsonl", "--truth", "t.csv").code());
		assertEquals(Cli.USAGE, CliRun.of(CLOCK, "generate", "persons", "--count", "10").code());
		CliRun shortSecret = CliRun.of(CLOCK, "match", "a.jsonl", "b.csv", "--encoded", "--secret-file",
				writeQuietly("short").toString());
		assertEquals(Cli.USAGE, shortSecret.code());
	}

	private Path writeQuietly(String content) {
		try {
			return Files.writeString(folder.resolve("secret-" + content.length()), content);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private void assertBadInput(String content, String line, String... fields) throws IOException {
		Path input = Files.writeString(folder.resolve("bad.jsonl"), content, StandardCharsets.UTF_8);
		Path output = folder.resolve("bad.csv");
		CliRun run = CliRun.of(CLOCK, "match", input.toString(), output.toString());
		assertEquals(Cli.USAGE, run.code(), run.err());
		assertEquals("", run.out());
		assertTrue(run.err().matches("(?s).*\\b" + line + "\\b.*"), run.err());
		for (String field : fields) {
			assertTrue(run.err().contains(field), run.err());
		}
		for (String data : List.of("María", "Cruz", "Nuñez", "1990", "Ana", "Paz")) {
			assertFalse(run.err().contains(data), "person's data in " + run.err());
		}
		assertFalse(Files.exists(output));
		try (Stream<Path> files = Files.list(folder)) {
			assertFalse(files.anyMatch(file -> file.getFileName().toString().endsWith(".part")));
		}
	}
}
