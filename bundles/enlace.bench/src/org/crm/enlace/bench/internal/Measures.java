package org.crm.enlace.bench.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.OperatingSystemMXBean;
import java.util.Arrays;
import java.util.List;

/** Small helpers for taking and describing measurements. */
final class Measures {

	private static final double MEGABYTE = 1024.0 * 1024.0;

	private Measures() {
	}

	static double millis(long nanos) {
		return nanos / 1e6;
	}

	static double seconds(long nanos) {
		return nanos / 1e9;
	}

	static double megabytes(long bytes) {
		return bytes / MEGABYTE;
	}

	static double perSecond(long count, long nanos) {
		return nanos == 0 ? 0 : count / seconds(nanos);
	}

	/** Nearest-rank percentile of values in milliseconds (sorted in place). */
	static double percentile(double[] values, int percent) {
		if (values.length == 0) {
			return 0;
		}
		Arrays.sort(values);
		int rank = (int) Math.ceil(percent / 100.0 * values.length);
		return values[Math.max(0, rank - 1)];
	}

	static double max(double[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

	static double[] array(List<Double> millis) {
		return millis.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** "p50 / p95 / max" of values in milliseconds, as the reports print them. */
	static String percentiles(List<Double> millis) {
		return Messages.format("value.percentiles", percentile(array(millis), 50), percentile(array(millis), 95),
				max(array(millis)));
	}

	/**
	 * Heap in use after full collections: {@code System.gc()} until the figure stops falling (at most five times),
	 * which with the serial collector the product runs with is a full, compacting collection each time.
	 */
	static long heapInUseAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		long previous = Long.MAX_VALUE;
		long used = 0;
		for (int i = 0; i < 5; i++) {
			System.gc();
			used = runtime.totalMemory() - runtime.freeMemory();
			if (used >= previous - 64 * 1024) {
				break;
			}
			previous = used;
		}
		return used;
	}

	/** The system load average of the last minute, or -1 where the platform has none. */
	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/* MemTotal of /proc/meminfo (the product runs on Linux); 0 when it cannot be read. */
	private static long memoryKilobytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux, or not readable: the figure is only informative
		}
		return 0;
	}

	/** Cores, memory, system, Java, maximum heap and current load, for the head of a report. */
	static String machine() {
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		return Messages.format("machine", os.getAvailableProcessors(), memoryKilobytes() / MEGABYTE,
				System.getProperty("os.name") + ' ' + System.getProperty("os.version") + ' ' + os.getArch(),
				Runtime.version().toString(), megabytes(Runtime.getRuntime().maxMemory()), loadAverage());
	}
}
