package org.crm.enlace.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.search.SearchBenchmark;

/**
 * The benchmarks of {@code ./enlace bench}: {@code store}; {@code reads} and {@code raw} (the reads or the raw JDBC
 * floors of {@code store} again, on a kept folder); {@code list}; {@code search} (the full-text index alone,
 * {@link SearchBenchmark}); {@code map} (the offline map's redraws, {@link MapBenchmark}); {@code matrix} (the entry
 * matrix's opening and filters, {@link MatrixBenchmark}); {@code specimen} (the specimen viewer on six
 * full-resolution images, {@link SpecimenBenchmark}); {@code demo} (what the demo specimens add to a first start,
 * {@link DemoBenchmark}); {@code training} (a participant list's import, {@link TrainingBenchmark});
 * {@code dashboard} (the plan dashboard on ten years of data, {@link DashboardBenchmark}). Exit codes: 0 done
 * (whether or not the figures meet their goals), 2 the command line is wrong, 3 the store or a folder could not be
 * used.
 */
public final class Bench {

	public static final int OK = 0;
	public static final int USAGE = 2;
	public static final int FAILED = 3;

	private Bench() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 1 && args[0].equals("help")) {
			out.println(Messages.get("usage"));
			return OK;
		}
		Options options;
		try {
			options = Options.parse(args);
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(Messages.get("usage"));
			return USAGE;
		}
		try {
			switch (options.what()) {
			case "store" -> StoreBenchmark.run(options, out, err);
			case "reads" -> StoreBenchmark.runReads(options, out, err);
			case "raw" -> StoreBenchmark.runRaw(options, out, err);
			case "list" -> ListBenchmark.run(options, out, err);
			case "map" -> MapBenchmark.run(options, out, err);
			case "matrix" -> MatrixBenchmark.run(options, out, err);
			case "specimen" -> SpecimenBenchmark.run(options, out, err);
			case "demo" -> DemoBenchmark.run(options, out, err);
			case "packages" -> PackageBenchmark.run(options, out, err);
			case "training" -> TrainingBenchmark.run(options, out, err);
			case "dashboard" -> DashboardBenchmark.run(options, out, err);
			default -> search(options, out);
			}
			return OK;
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return USAGE;
		} catch (StoreException e) {
			err.println(e.getMessage());
			return FAILED;
		} catch (IOException e) {
			err.println(Messages.format("error.io", e.getMessage()));
			return FAILED;
		} catch (RuntimeException | Error e) {
			// Equinox would only write it to a log file nobody looks at: say what broke, here.
			err.println(Messages.format("error.unexpected", e.getClass().getName()));
			e.printStackTrace(err);
			return FAILED;
		}
	}

	/* The index alone, in a temporary folder (kept with --keep or named with --data). */
	private static void search(Options options, PrintStream out) throws IOException {
		Path folder = options.data().isPresent() ? options.data().get()
				: Files.createTempDirectory("enlace-bench-search-");
		out.println(Messages.get("search.title"));
		out.println(Measures.machine());
		try {
			SearchBenchmark.run(folder.resolve("index"), options.records(), options.queries(), out);
		} finally {
			if (options.data().isEmpty() && !options.keep()) {
				BenchFolder.delete(folder);
			}
		}
	}
}
