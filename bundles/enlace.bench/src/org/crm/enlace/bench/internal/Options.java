package org.crm.enlace.bench.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of {@code ./enlace bench <what> [options]}: {@code --records N}, {@code --batch N},
 * {@code --queries N}, {@code --runs N}, {@code --data DIR}, {@code --keep}, {@code --user NAME},
 * {@code --screenshot FILE}, {@code --routes N}, {@code --redraws N}. Numbers accept {@code _} and {@code k}/{@code m}
 * suffixes ({@code 1m} is 1,000,000).
 */
record Options(String what, int records, int batch, int queries, int runs, Optional<Path> data, boolean keep,
		Optional<String> user, Optional<Path> screenshot, int routes, int redraws) {

	private static final int RECORDS = 100_000;
	/* The issue asks for the import of a 10,000-participant spreadsheet. */
	private static final int TRAINING_RECORDS = 10_000;
	/* A list opening reads a million records; a matrix opening a few seconds' worth: more runs for its p95. */
	private static final int LIST_RUNS = 3;
	private static final int MATRIX_RUNS = 20;
	/* A specimen opening decodes full-resolution images: a few seconds each. */
	private static final int SPECIMEN_RUNS = 10;
	/* Two first starts a run, a few seconds each. */
	private static final int DEMO_RUNS = 3;
	/* A cold round and enough warm ones for a median: a round is a second or so. */
	private static final int DASHBOARD_RUNS = 11;

	static final List<String> WHATS = List.of("store", "reads", "raw", "list", "search", "map", "matrix",
			"specimen", "demo", "packages", "training", "dashboard");

	/** @throws IllegalArgumentException with a message for the user */
	static Options parse(String[] args) {
		List<String> words = new ArrayList<>();
		int records = 0; // 0: the benchmark's own default
		int batch = 10_000;
		int queries = 200;
		int runs = 0; // 0: the benchmark's own default
		Path data = null;
		boolean keep = false;
		String user = null;
		Path screenshot = null;
		int routes = 1_000;
		int redraws = 100;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
			case "--records" -> records = number(arg, value(args, ++i, arg));
			case "--batch" -> batch = number(arg, value(args, ++i, arg));
			case "--queries" -> queries = number(arg, value(args, ++i, arg));
			case "--runs" -> runs = number(arg, value(args, ++i, arg));
			case "--routes" -> routes = number(arg, value(args, ++i, arg));
			case "--redraws" -> redraws = number(arg, value(args, ++i, arg));
			case "--data" -> data = Path.of(value(args, ++i, arg));
			case "--user" -> user = value(args, ++i, arg);
			case "--screenshot" -> screenshot = Path.of(value(args, ++i, arg));
			case "--keep" -> keep = true;
			default -> {
				if (arg.startsWith("-")) {
					throw new IllegalArgumentException(Messages.format("error.option", arg));
				}
				words.add(arg);
			}
			}
		}
		if (words.size() != 1 || !WHATS.contains(words.get(0))) {
			throw new IllegalArgumentException(Messages.format("error.what", String.join(" ", words)));
		}
		String what = words.get(0);
		if (records == 0) {
			records = what.equals("training") ? TRAINING_RECORDS : RECORDS;
		}
		if (runs == 0) {
			runs = switch (what) {
			case "matrix" -> MATRIX_RUNS;
			case "specimen" -> SPECIMEN_RUNS;
			case "demo" -> DEMO_RUNS;
			case "dashboard" -> DASHBOARD_RUNS;
			default -> LIST_RUNS;
			};
		}
		return new Options(what, records, batch, queries, runs, Optional.ofNullable(data), keep,
				Optional.ofNullable(user), Optional.ofNullable(screenshot), routes, redraws);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(Messages.format("error.value", option));
		}
		return args[index];
	}

	private static int number(String option, String text) {
		String digits = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
		long factor = 1;
		if (digits.endsWith("k")) {
			factor = 1_000;
		} else if (digits.endsWith("m")) {
			factor = 1_000_000;
		}
		if (factor > 1) {
			digits = digits.substring(0, digits.length() - 1);
		}
		try {
			long value = Long.parseLong(digits) * factor;
			if (value < 1 || value > Integer.MAX_VALUE) {
				throw new NumberFormatException();
			}
			return (int) value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(Messages.format("error.number", option, text));
		}
	}
}
