package org.crm.enlace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code encode persons} and {@code match --encoded} on encoded files, as two nodes exchange them (and {@code match}
 * on two plain files): the same pairs as {@code match --encoded} on the plain file with the same secret; other
 * parameters, another key and plain files mixed with encoded ones refused by file name; no name in the encoded file
 * or in any message.
 */
class EncodedExchangeCliTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));

	@TempDir
	Path folder;
	private Path persons;
	private Path gtm;
	private Path mex;
	private Path secret;

	@BeforeEach
	void twoNodesPersons() throws IOException {
		persons = folder.resolve("persons.jsonl");
		assertEquals(Cli.OK, CliRun.of(CLOCK, "generate", "persons", "--count", "3000", "--seed", "9", "--out",
				persons.toString(), "--truth", folder.resolve("truth.csv").toString()).code());
		// Every other person to each node: the generator writes duplicates next to their original.
		List<String> lines = Files.readAllLines(persons);
		gtm = Files.write(folder.resolve("gtm.jsonl"), everyOther(lines, 0));
		mex = Files.write(folder.resolve("mex.jsonl"), everyOther(lines, 1));
		secret = Files.writeString(folder.resolve("network.key"), "the network's shared secret, 32 bytes or more\n");
	}

	@Test
	void encodedFilesOfTwoNodesGiveThePairsOfTheEncodedModeOnThePlainFile() throws IOException {
		Path gtmEncoded = encode(gtm, "GTM", secret);
		Path mexEncoded = encode(mex, "MEX", secret);
		Path fromFiles = folder.resolve("from-files.csv");
		CliRun match = CliRun.of(CLOCK, "match", gtmEncoded.toString(), mexEncoded.toString(), fromFiles.toString(),
				"--encoded");
		assertEquals(Cli.OK, match.code(), match.err());
		assertEquals("", match.err(), "no random-secret warning: no secret is used");
		Path fromPlain = folder.resolve("from-plain.csv");
		CliRun plain = CliRun.of(CLOCK, "match", persons.toString(), fromPlain.toString(), "--encoded",
				"--secret-file", secret.toString());
		assertEquals(Cli.OK, plain.code(), plain.err());
		List<String> pairs = Files.readAllLines(fromFiles);
		assertEquals("idA,idB,score", pairs.get(0));
		assertTrue(pairs.size() > 500, "pairs " + pairs.size());
		// The same pairs with the same scores; only which id comes first follows the order of the input.
		assertEquals(unordered(Files.readAllLines(fromPlain)), unordered(pairs));
		// Pairs across the two nodes are there, not only within each.
		assertTrue(pairs.stream().skip(1).filter(this::crossesNodes).count() > 200, "pairs across nodes");
		// The secret file may be given too: then it must be the files' key.
		assertEquals(Cli.OK, CliRun.of(CLOCK, "match", gtmEncoded.toString(), mexEncoded.toString(),
				fromFiles.toString(), "--encoded", "--secret-file", secret.toString()).code());
	}

	@Test
	void plainFilesOfTwoNodesLinkAsOneAndAnIdInBothIsRefused() throws IOException {
		Path fromFiles = folder.resolve("two.csv");
		assertEquals(Cli.OK, CliRun.of(CLOCK, "match", gtm.toString(), mex.toString(), fromFiles.toString()).code());
		Path fromOne = folder.resolve("one.csv");
		assertEquals(Cli.OK, CliRun.of(CLOCK, "match", persons.toString(), fromOne.toString()).code());
		assertEquals(unordered(Files.readAllLines(fromOne)), unordered(Files.readAllLines(fromFiles)));
		Path again = Files.copy(gtm, folder.resolve("again.jsonl"));
		CliRun duplicate = CliRun.of(CLOCK, "match", gtm.toString(), again.toString(), fromFiles.toString());
		assertEquals(Cli.USAGE, duplicate.code());
		assertTrue(duplicate.err().contains(again.toString()) && duplicate.err().contains("id"), duplicate.err());
	}

	@Test
	void theEncodedFileHoldsNoNameAndNamesItsParametersKeyAndOwner() throws IOException {
		Path encoded = encode(gtm, "GTM", secret);
		List<String> lines = Files.readAllLines(encoded);
		String header = lines.get(0);
		assertTrue(header.contains("\"format\":\"enlace-encoded-persons\"") && header.contains("\"version\":1"),
				header);
		assertTrue(header.contains("\"filterBits\":1024") && header.contains("\"qgrams\":2"), header);
		assertTrue(header.matches(".*\"keyId\":\"[0-9a-f]{16}\".*"), header);
		assertFalse(header.contains("shared secret"), header);
		assertEquals(1501, lines.size());
		assertTrue(lines.get(1).contains("\"owner\":\"GTM\"") && lines.get(1).contains("\"clk\":"), lines.get(1));
		String plain = Files.readString(gtm);
		for (String name : List.of("García", "López", "María", "GARCIA")) {
			assertTrue(plain.contains(name), "the generated file holds " + name);
			assertFalse(String.join("\n", lines).contains(name), name);
		}
	}

	@Test
	void anotherKeyOtherParametersAndPlainFilesMixedInAreRefused() throws IOException {
		Path gtmEncoded = encode(gtm, "GTM", secret);
		Path otherKey = encode(mex, "MEX",
				Files.writeString(folder.resolve("other.key"), "another network's secret, not ours\n"));
		Path out = folder.resolve("out.csv");
		CliRun key = CliRun.of(CLOCK, "match", gtmEncoded.toString(), otherKey.toString(), out.toString(),
				"--encoded");
		assertEquals(Cli.USAGE, key.code());
		assertTrue(key.err().contains(otherKey.toString()) && key.err().contains(gtmEncoded.toString()), key.err());
		assertFalse(Files.exists(out));
		CliRun wrongSecret = CliRun.of(CLOCK, "match", otherKey.toString(), out.toString(), "--encoded",
				"--secret-file", secret.toString());
		assertEquals(Cli.USAGE, wrongSecret.code(), "the secret file is not the key the file was encoded with");
		Path otherBits = Files.writeString(folder.resolve("bits.jsonl"),
				Files.readString(gtmEncoded).replaceFirst("\"filterBits\":1024", "\"filterBits\":2048"));
		CliRun parameters = CliRun.of(CLOCK, "match", otherBits.toString(), out.toString(), "--encoded");
		assertEquals(Cli.USAGE, parameters.code());
		assertTrue(parameters.err().contains("filterBits"), parameters.err());
		Path newer = Files.writeString(folder.resolve("newer.jsonl"),
				Files.readString(gtmEncoded).replaceFirst("\"version\":1", "\"version\":2"));
		CliRun version = CliRun.of(CLOCK, "match", newer.toString(), out.toString(), "--encoded");
		assertEquals(Cli.USAGE, version.code());
		assertTrue(version.err().contains("version"), version.err());
		CliRun mixed = CliRun.of(CLOCK, "match", gtmEncoded.toString(), mex.toString(), out.toString(), "--encoded",
				"--secret-file", secret.toString());
		assertEquals(Cli.USAGE, mixed.code());
		assertTrue(mixed.err().contains(mex.toString()), mixed.err());
		CliRun withoutFlag = CliRun.of(CLOCK, "match", gtmEncoded.toString(), out.toString());
		assertEquals(Cli.USAGE, withoutFlag.code());
		assertTrue(withoutFlag.err().contains("--encoded"), withoutFlag.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void aBadEncodedLineIsNamedByItsNumberAndField() throws IOException {
		Path encoded = encode(gtm, "GTM", secret);
		List<String> lines = new java.util.ArrayList<>(Files.readAllLines(encoded));
		lines.set(3, lines.get(3).replaceFirst("\"clk\":\"[^\"]+\"", "\"clk\":\"c2hvcnQ=\""));
		Files.write(encoded, lines);
		CliRun bad = CliRun.of(CLOCK, "match", encoded.toString(), folder.resolve("out.csv").toString(), "--encoded");
		assertEquals(Cli.USAGE, bad.code());
		assertTrue(bad.err().contains("4") && bad.err().contains("clk"), bad.err());
		assertEquals(Cli.USAGE, CliRun.of(CLOCK, "encode", "persons", gtm.toString(), "x.jsonl").code(),
				"a secret file is required");
		assertEquals(Cli.USAGE, CliRun.of(CLOCK, "encode", "persons", gtm.toString(), "x.jsonl", "--secret-file",
				secret.toString(), "--owner", "Guatemala").code());
	}

	private Path encode(Path input, String owner, Path key) {
		Path output = folder.resolve(input.getFileName() + "-" + key.getFileName() + ".enc.jsonl");
		CliRun run = CliRun.of(CLOCK, "encode", "persons", input.toString(), output.toString(), "--secret-file",
				key.toString(), "--owner", owner);
		assertEquals(Cli.OK, run.code(), run.err());
		return output;
	}

	/* The generator's ids grow with the line, so an even and an odd line number are one from each node. */
	private boolean crossesNodes(String line) {
		String[] ids = line.split(",");
		return number(ids[0]) % 2 != number(ids[1]) % 2;
	}

	private static long number(String id) {
		return Long.parseLong(id.replaceAll("\\D", ""));
	}

	private static List<String> everyOther(List<String> lines, int first) {
		List<String> kept = new java.util.ArrayList<>();
		for (int i = first; i < lines.size(); i += 2) {
			kept.add(lines.get(i));
		}
		return kept;
	}

	/* Each pair with its ids in sorted order, the pairs sorted: the pairs as a set. */
	private static List<String> unordered(List<String> lines) {
		return lines.stream().skip(1).map(line -> {
			String[] fields = line.split(",");
			return fields[0].compareTo(fields[1]) < 0 ? line : fields[1] + "," + fields[0] + "," + fields[2];
		}).sorted().toList();
	}
}
