package org.crm.enlace.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.store.StoreStartup.Opened;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.specimens.internal.SpecimensDemoData;

/**
 * {@code ./enlace bench demo}: what the demo register (its drawn specimens and alerts) adds to a first start. Each
 * run opens two new data folders with {@link StoreStartup#open} and the demo data set of every registered
 * contributor, one without and one with the specimens' contributor; the side that goes first alternates, so that
 * the JVM's warm-up and a busy moment of the machine fall on both sides. No startup import (the entry matrix would
 * only add the same seconds to both). Timed from the open to the store handed over: wall time and the whole
 * process's CPU time (the images are drawn on every core), which is the steadier figure on a shared machine. The
 * goal (at most 1.5 s more) is ours.
 */
final class DemoBenchmark {

	private static final double GOAL_ADDED_MS = 1_500;

	private DemoBenchmark() {
	}

	/** One first start: its times and how many demo records it loaded. */
	private record Start(double wallMillis, double cpuMillis, int loaded) {
	}

	/** The starts of one side, without or with the specimens. */
	private static final class Side {
		private final List<Double> wall = new ArrayList<>();
		private final List<Double> cpu = new ArrayList<>();
		private int loaded;

		void add(Start start) {
			wall.add(start.wallMillis());
			cpu.add(start.cpuMillis());
			loaded = start.loaded();
		}

		double lastWall() {
			return wall.getLast();
		}

		double wallMedian() {
			return Measures.percentile(Measures.array(wall), 50);
		}

		double cpuMedian() {
			return Measures.percentile(Measures.array(cpu), 50);
		}
	}

	static void run(Options options, PrintStream out, PrintStream err) throws IOException {
		Clock clock = Clock.system();
		Path folder = BenchFolder.createNew(options.data(), clock);
		out.println(Messages.get("demo.title"));
		out.println(Measures.machine());
		out.println(Messages.format("demo.setup", folder, options.runs()));
		List<DemoDataContributor> all = Services.all(DemoDataContributor.class);
		List<DemoDataContributor> without = all.stream().filter(c -> !(c instanceof SpecimensDemoData)).toList();
		if (without.size() == all.size()) {
			throw new IllegalArgumentException(Messages.get("error.demoNoSpecimens"));
		}
		Side before = new Side();
		Side after = new Side();
		try {
			for (int run = 1; run <= options.runs(); run++) {
				// The cold JVM of the first run must not be one side's alone.
				if (run % 2 == 1) {
					before.add(firstStart(folder.resolve("without-" + run), without, clock));
					after.add(firstStart(folder.resolve("with-" + run), all, clock));
				} else {
					after.add(firstStart(folder.resolve("with-" + run), all, clock));
					before.add(firstStart(folder.resolve("without-" + run), without, clock));
				}
				err.println(Messages.format("progress.demo", run, options.runs(), before.lastWall(),
						after.lastWall()));
			}
		} finally {
			if (options.data().isEmpty() && !options.keep()) {
				BenchFolder.delete(folder);
			}
		}
		Report report = new Report(Messages.get("demo.report"), err);
		report.add(Messages.format("row.demoWithout", options.runs()), Measures.percentiles(before.wall));
		report.add(Messages.format("row.demoWith", options.runs()), Measures.percentiles(after.wall));
		report.add(Messages.get("row.demoCpu"), Messages.format("value.demoCpu", before.cpuMedian(),
				after.cpuMedian()));
		double added = after.wallMedian() - before.wallMedian();
		report.add(Messages.get("row.demoAdded"), Messages.format("value.demoAdded", added,
				after.cpuMedian() - before.cpuMedian()), Messages.format("goal.demoAdded", GOAL_ADDED_MS),
				added <= GOAL_ADDED_MS);
		report.add(Messages.get("row.demoRecords"), Messages.format("value.demoRecords", before.loaded,
				after.loaded, after.loaded - before.loaded));
		report.add(Messages.get("row.loadAtEnd"), Messages.format("value.load", Measures.loadAverage()));
		report.print(out);
	}

	/* A new data folder with the benchmark's accounts; the login (key derivation) is not timed, the open is. */
	private static Start firstStart(Path data, List<DemoDataContributor> demo, Clock clock) throws IOException {
		BenchFolder.createNew(Optional.of(data), clock);
		Unlocked login = BenchFolder.login(data, BenchFolder.OWNER_USER, clock);
		long wall = System.nanoTime();
		long cpu = processCpuNanos();
		Opened opened = StoreStartup.open(BenchFolder.factory(), data, login.account().asCurrentUser(), login.keys(),
				clock, DemoLoading.INTO_NEW_STORE, Services.all(ReferenceDataContributor.class), List.of(), demo);
		Start start = new Start(Measures.millis(System.nanoTime() - wall), Measures.millis(processCpuNanos() - cpu),
				opened.demoRecordsLoaded());
		opened.store().close();
		return start;
	}

	/** CPU time of every thread of the process: the demo images are drawn and encoded on a pool. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}
}
