package org.crm.enlace.cli.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
import org.crm.enlace.linkage.BloomFilterEncoder;
import org.crm.enlace.linkage.Decisions;
import org.crm.enlace.linkage.EncodedLinkage;
import org.crm.enlace.linkage.EncodedPerson;
import org.crm.enlace.linkage.EncodedPersonsJsonLines;
import org.crm.enlace.linkage.Linkage;
import org.crm.enlace.linkage.MatchedPair;
import org.crm.enlace.linkage.Person;
import org.crm.enlace.linkage.PersonInputException;
import org.crm.enlace.linkage.PersonsJsonLines;
import org.crm.enlace.linkage.PlainLinkage;
import org.crm.enlace.linkage.synthetic.LinkageQuality;
import org.crm.enlace.linkage.synthetic.SyntheticPersons;

/**
 * Linkage of persons (issue 6, section 4) without a data folder or a login: {@code match INPUT.jsonl...
 * OUTPUT.csv [--encoded | --estimate] [--threshold X] [--secret-file F] [--decisions F]} writes every pair judged
 * the same person ({@code idA,idB,score}), from plain persons or from persons encoded by {@code encode persons
 * IN.jsonl OUT.jsonl --secret-file F [--owner ISO3]} on this or other nodes; {@code generate persons --count N --seed S --out P.jsonl --truth T.csv} makes synthetic
 * persons with their truth; {@code match-quality PAIRS.csv TRUTH.csv} measures pairs against a truth. Bad input
 * exits 2 with the line number (never a person's data) and leaves no output file.
 */
public final class LinkageCommands {

	public static final List<String> COMMANDS = List.of("match", "generate", "match-quality", "encode");
	private static final List<String> MATCH_OPTIONS = List.of("--threshold", "--secret-file", "--decisions");
	private static final List<String> ENCODE_OPTIONS = List.of("--secret-file", "--owner");
	private static final List<String> GENERATE_OPTIONS = List.of("--count", "--seed", "--out", "--truth");

	private LinkageCommands() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		return switch (args.get(0)) {
		case "match" -> match(args.subList(1, args.size()), out, err);
		case "generate" -> generate(args.subList(1, args.size()), out, err);
		case "encode" -> encode(args.subList(1, args.size()), out, err);
		default -> quality(args.subList(1, args.size()), out, err);
		};
	}

	private static int match(List<String> args, PrintStream out, PrintStream err) {
		List<String> operands = new ArrayList<>();
		Map<String, String> options = new HashMap<>();
		boolean encoded = false;
		boolean estimate = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--encoded")) {
				encoded = true;
			} else if (arg.equals("--estimate")) {
				estimate = true;
			} else if (MATCH_OPTIONS.contains(arg) && i + 1 < args.size()) {
				options.put(arg, args.get(++i));
			} else if (arg.startsWith("--")) {
				return usage(err, "match.usage");
			} else {
				operands.add(arg);
			}
		}
		if (operands.size() < 2) {
			return usage(err, "match.usage");
		}
		if (estimate && encoded) {
			return usage(err, "match.estimateEncoded");
		}
		List<Path> inputs = operands.subList(0, operands.size() - 1).stream().map(Path::of).toList();
		Path output = Path.of(operands.get(operands.size() - 1));
		try {
			List<Path> encodedInputs = new ArrayList<>();
			for (Path input : inputs) {
				if (LinkageInputs.encoded(input)) {
					encodedInputs.add(input);
				}
			}
			if (!encodedInputs.isEmpty() && encodedInputs.size() < inputs.size()) {
				Path plain = inputs.stream().filter(input -> !encodedInputs.contains(input)).findFirst().orElseThrow();
				throw new IllegalArgumentException(Messages.format("match.mixed", encodedInputs.get(0), plain));
			}
			boolean preEncoded = !encodedInputs.isEmpty();
			if (preEncoded && !encoded) {
				throw new IllegalArgumentException(Messages.format("match.encodedInput", encodedInputs.get(0)));
			}
			String secretFile = options.get("--secret-file");
			Linkage linkage = preEncoded ? Linkage.encodedOnly()
					: encoded ? Linkage.encoded(secret(secretFile, err))
							: estimate ? Linkage.plainWithEstimatedWeights() : Linkage.plain();
			double threshold = threshold(options.get("--threshold"), linkage.defaultThreshold());
			Decisions decisions = decisions(options.get("--decisions"));
			long start = System.nanoTime();
			long count = preEncoded
					? LinkageInputs.readEncoded(inputs, secretFile == null ? null : secret(secretFile, err),
							(EncodedLinkage) linkage)
					: LinkageInputs.readPlain(inputs, linkage);
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
			if (linkage instanceof PlainLinkage plain) {
				plain.estimate().ifPresent(fitted -> out.println(Messages.format(
						fitted.converged() ? "match.estimated" : "match.notConverged", fitted.iterations(),
						fitted.parameters().prior())));
			}
			return Cli.OK;
		} catch (LinkageInputs.BadLine e) {
			return badLine(err, e.file, e.problem);
		} catch (IOException | IllegalArgumentException e) {
			return failed(err, e);
		}
	}

	/* encode persons IN.jsonl OUT.jsonl --secret-file F [--owner ISO3]: what a node gives others instead of names. */
	private static int encode(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() < 3 || !args.get(0).equals("persons")) {
			return usage(err, "encode.usage");
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 3; i < args.size(); i += 2) {
			if (!ENCODE_OPTIONS.contains(args.get(i)) || i + 1 >= args.size()) {
				return usage(err, "encode.usage");
			}
			options.put(args.get(i), args.get(i + 1));
		}
		String owner = options.get("--owner");
		if (!options.containsKey("--secret-file") || owner != null && !owner.matches("[A-Z]{3}")) {
			return usage(err, "encode.usage");
		}
		Path input = Path.of(args.get(1));
		Path output = Path.of(args.get(2));
		try {
			BloomFilterEncoder encoder = new BloomFilterEncoder(secret(options.get("--secret-file"), err));
			long[] count = { 0 };
			try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
				writeAtomically(output, writer -> {
					EncodedPersonsJsonLines.writeHeader(encoder.keyId(), BloomFilterEncoder.PARAMETERS, writer);
					try {
						count[0] = PersonsJsonLines.read(reader, batch -> writeEncoded(batch, encoder, owner, writer));
					} catch (UncheckedIOException e) {
						throw e.getCause();
					} catch (PersonInputException e) {
						throw new BadInput(e);
					}
				});
			}
			out.println(Messages.format("encode.done", count[0], output, encoder.keyId()));
			return Cli.OK;
		} catch (BadInput e) {
			return badLine(err, input, e.problem);
		} catch (IOException | IllegalArgumentException e) {
			return failed(err, e);
		}
	}

	private static void writeEncoded(List<Person> batch, BloomFilterEncoder encoder, String owner, Writer writer) {
		try {
			for (EncodedPerson person : batch.parallelStream().map(encoder::encode).toList()) {
				EncodedPersonsJsonLines.write(person.withOwner(owner), writer);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/* A bad input line carried out of a file writer, which may only throw IOException. */
	private static final class BadInput extends IOException {

		private static final long serialVersionUID = 1L;
		final PersonInputException problem;

		BadInput(PersonInputException problem) {
			super(problem.getMessage());
			this.problem = problem;
		}
	}

	/* A missing file, a wrong value (its message says which) or a read or write error. */
	private static int failed(PrintStream err, Exception e) {
		if (e instanceof NoSuchFileException missing) {
			err.println(Messages.format("linkage.noFile", missing.getFile()));
		} else if (e instanceof IllegalArgumentException) {
			err.println(e.getMessage());
		} else {
			err.println(Messages.format("linkage.io", e.getClass().getSimpleName()));
		}
		return Cli.USAGE;
	}

	private static int badLine(PrintStream err, Path file, PersonInputException e) {
		String problem = Messages.get("match.problem." + e.problem().name());
		err.println(e.field() == null ? Messages.format("match.badLine", file, e.line(), problem)
				: Messages.format("match.badField", file, e.line(), e.field(), problem));
		return Cli.USAGE;
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
