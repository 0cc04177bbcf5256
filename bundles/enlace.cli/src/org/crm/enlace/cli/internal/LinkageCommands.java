package org.crm.enlace.cli.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.linkage.Decisions;
import org.crm.enlace.linkage.Linkage;
import org.crm.enlace.linkage.MatchedPair;
import org.crm.enlace.linkage.PersonInputException;
import org.crm.enlace.linkage.PersonsJsonLines;
import org.crm.enlace.linkage.synthetic.LinkageQuality;
import org.crm.enlace.linkage.synthetic.SyntheticPersons;

/**
 * Linkage of persons (issue 6, section 4) without a data folder or a login: {@code match INPUT.jsonl OUTPUT.csv
 * [--encoded] [--threshold X] [--secret-file F] [--decisions F]} writes every pair judged the same person
 * ({@code idA,idB,score}); {@code generate persons --count N --seed S --out P.jsonl --truth T.csv} makes synthetic
 * persons with their truth; {@code match-quality PAIRS.csv TRUTH.csv} measures pairs against a truth. Bad input
 * exits 2 with the line number (never a person's data) and leaves no output file.
 */
public final class LinkageCommands {

	public static final List<String> COMMANDS = List.of("match", "generate", "match-quality");
	private static final List<String> MATCH_OPTIONS = List.of("--threshold", "--secret-file", "--decisions");
	private static final List<String> GENERATE_OPTIONS = List.of("--count", "--seed", "--out", "--truth");

	private LinkageCommands() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		return switch (args.get(0)) {
		case "match" -> match(args.subList(1, args.size()), out, err);
		case "generate" -> generate(args.subList(1, args.size()), out, err);
		default -> quality(args.subList(1, args.size()), out, err);
		};
	}

	private static int match(List<String> args, PrintStream out, PrintStream err) {
		List<String> operands = new ArrayList<>();
		Map<String, String> options = new HashMap<>();
		boolean encoded = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--encoded")) {
				encoded = true;
			} else if (MATCH_OPTIONS.contains(arg) && i + 1 < args.size()) {
				options.put(arg, args.get(++i));
			} else if (arg.startsWith("--") || operands.size() == 2) {
				return usage(err, "match.usage");
			} else {
				operands.add(arg);
			}
		}
		if (operands.size() != 2) {
			return usage(err, "match.usage");
		}
		Path input = Path.of(operands.get(0));
		Path output = Path.of(operands.get(1));
		try {
			Linkage linkage = encoded ? Linkage.encoded(secret(options.get("--secret-file"), err))
					: Linkage.plain();
			double threshold = threshold(options.get("--threshold"), linkage.defaultThreshold());
			Decisions decisions = decisions(options.get("--decisions"));
			long start = System.nanoTime();
			long count;
			try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
				count = PersonsJsonLines.read(reader, linkage::add);
			}
			List<MatchedPair> pairs = linkage.link(threshold, decisions);
			writeAtomically(output, writer -> {
				writer.write("idA,idB,score\n");
				for (MatchedPair pair : pairs) {
					writer.write(csv(pair.idA()) + "," + csv(pair.idB()) + ","
							+ String.format(Locale.ROOT, "%.4f", pair.score()) + "\n");
				}
			});
			out.println(Messages.format(encoded ? "match.doneEncoded" : "match.done", count, linkage.candidatePairs(),
					pairs.size(), threshold, (System.nanoTime() - start) / 1e9, linkage.skippedBlocks()));
			return Cli.OK;
		} catch (PersonInputException e) {
			String problem = Messages.get("match.problem." + e.problem().name());
			err.println(e.field() == null ? Messages.format("match.badLine", input, e.line(), problem)
					: Messages.format("match.badField", input, e.line(), e.field(), problem));
			return Cli.USAGE;
		} catch (NoSuchFileException e) {
			err.println(Messages.format("linkage.noFile", e.getFile()));
			return Cli.USAGE;
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return Cli.USAGE;
		} catch (IOException e) {
			err.println(Messages.format("linkage.io", e.getClass().getSimpleName()));
			return Cli.USAGE;
		}
	}

	private static int generate(List<String> args, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		if (args.isEmpty() || !args.get(0).equals("persons")) {
			return usage(err, "generate.usage");
		}
		for (int i = 1; i < args.size(); i += 2) {
			if (!GENERATE_OPTIONS.contains(args.get(i)) || i + 1 >= args.size()) {
				return usage(err, "generate.usage");
			}
			options.put(args.get(i), args.get(i + 1));
		}
		if (!options.keySet().containsAll(GENERATE_OPTIONS)) {
			return usage(err, "generate.usage");
		}
		int count;
		long seed;
		try {
			count = Integer.parseInt(options.get("--count").replace("_", ""));
			seed = Long.parseLong(options.get("--seed"));
		} catch (NumberFormatException e) {
			return usage(err, "generate.usage");
		}
		if (count < 1 || count > 10_000_000) {
			return usage(err, "generate.usage");
		}
		Path persons = Path.of(options.get("--out"));
		Path truth = Path.of(options.get("--truth"));
		try {
			writeAtomically(persons, personsWriter -> writeAtomically(truth,
					truthWriter -> SyntheticPersons.write(seed, count, personsWriter, truthWriter)));
		} catch (IOException e) {
			err.println(Messages.format("linkage.io", e.getClass().getSimpleName()));
			return Cli.USAGE;
		}
		out.println(Messages.format("generate.done", count, seed, persons, truth));
		return Cli.OK;
	}

	private static int quality(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 2) {
			return usage(err, "quality.usage");
		}
		try (BufferedReader pairs = Files.newBufferedReader(Path.of(args.get(0)), StandardCharsets.UTF_8);
				BufferedReader truth = Files.newBufferedReader(Path.of(args.get(1)), StandardCharsets.UTF_8)) {
			LinkageQuality quality = LinkageQuality.of(LinkageQuality.readPairs(pairs),
					LinkageQuality.readTruth(truth));
			out.println(Messages.format("quality.done", quality.reported(), quality.correct(), quality.truePairs(),
					quality.precision(), quality.recall(), quality.f1()));
			return Cli.OK;
		} catch (NoSuchFileException e) {
			err.println(Messages.format("linkage.noFile", e.getFile()));
			return Cli.USAGE;
		} catch (IOException | IllegalArgumentException | IllegalStateException e) {
			err.println(Messages.format("quality.bad", e.getClass().getSimpleName()));
			return Cli.USAGE;
		}
	}

	/*
	 * The network's secret, at least 16 bytes. Without a file, one made for this run: the encodings then link
	 * within this input only and match no other node's.
	 */
	private static byte[] secret(String file, PrintStream err) throws IOException {
		if (file == null) {
			err.println(Messages.get("match.randomSecret"));
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			return secret;
		}
		byte[] secret = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip()
				.getBytes(StandardCharsets.UTF_8);
		if (secret.length < 16) {
			throw new IllegalArgumentException(Messages.format("match.shortSecret", file));
		}
		return secret;
	}

	private static double threshold(String text, double fallback) {
		if (text == null) {
			return fallback;
		}
		try {
			double threshold = Double.parseDouble(text);
			if (threshold >= 0 && threshold <= 1) {
				return threshold;
			}
		} catch (NumberFormatException e) {
			// told below
		}
		throw new IllegalArgumentException(Messages.format("match.threshold", text));
	}

	private static Decisions decisions(String file) throws IOException {
		if (file == null) {
			return Decisions.none();
		}
		try (BufferedReader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
			return Decisions.read(reader);
		} catch (ParseException e) {
			throw new IllegalArgumentException(Messages.format("match.badDecisions", file, e.getErrorOffset()));
		}
	}

	/* An id with a comma, quote or line break goes in quotes, its quotes doubled (RFC 4180). */
	private static String csv(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
				&& value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	/** What writes a file's content. */
	private interface Content {
		void write(Writer writer) throws IOException;
	}

	/* Written beside the target and moved over it at the end: a failure leaves no partial file. */
	private static void writeAtomically(Path target, Content content) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		Path partial = Files.createTempFile(parent, "." + target.getFileName(), ".part");
		try {
			try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
				content.write(writer);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
	}

	private static int usage(PrintStream err, String key) {
		err.println(Messages.format(key));
		return Cli.USAGE;
	}
}
