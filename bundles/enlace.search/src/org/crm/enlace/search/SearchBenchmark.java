package org.crm.enlace.search;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.Organization;
import org.crm.enlace.search.internal.Messages;
import org.crm.enlace.search.internal.SyntheticRecords;

/**
 * Measures the index on fictitious records (the same ones for the same count): indexing rate, search latency
 * (p50/p95 over queries of several kinds, after a warm-up) and the cost of indexing one record in its own commit, as a
 * store transaction will. The index is encrypted, as in use, with a key made for the run. For {@code ./enlace bench};
 * prints one line per figure in the user's language.
 */
public final class SearchBenchmark {

	/** The figures printed, for callers that keep them. */
	public record Figures(int records, double indexingSeconds, double recordsPerSecond, double indexMegabytes,
			int queries, double searchP50Millis, double searchP95Millis, double searchMaxMillis, double meanHits,
			double updateP50Millis, double updateP95Millis) {
	}

	private static final long RECORD_SEED = 20261129L;
	private static final long QUERY_SEED = 7L;
	private static final int WARM_UP_QUERIES = 100;
	private static final int HITS_PER_QUERY = 20;
	private static final int UPDATES = 30;

	private SearchBenchmark() {
	}

	/** Runs 300 queries; see {@link #run(Path, int, int, PrintStream)}. */
	public static Figures run(Path folder, int records, PrintStream out) {
		return run(folder, records, 300, out);
	}

	/**
	 * @param folder an empty or missing folder for the index (it is left there, for its size to be seen)
	 */
	public static Figures run(Path folder, int records, int queries, PrintStream out) {
		out.println(Messages.format("bench.records", records));
		try (FullTextIndex index = FullTextIndexes.open(folder, throwawayKey())) {
			long start = System.nanoTime();
			index.rebuild(new SyntheticRecords(RECORD_SEED, records), records, null, Progress.NONE);
			double indexingSeconds = (System.nanoTime() - start) / 1e9;
			double megabytes = sizeOf(folder) / (1024.0 * 1024.0);
			out.println(Messages.format("bench.indexing", records, indexingSeconds, records / indexingSeconds,
					megabytes));

			for (String query : SyntheticRecords.queries(QUERY_SEED + 1, WARM_UP_QUERIES)) {
				index.search(query, HITS_PER_QUERY);
			}
			double[] latencies = new double[queries];
			long hits = 0;
			List<String> measured = SyntheticRecords.queries(QUERY_SEED, queries);
			for (int i = 0; i < queries; i++) {
				long queryStart = System.nanoTime();
				hits += index.search(measured.get(i), HITS_PER_QUERY).size();
				latencies[i] = (System.nanoTime() - queryStart) / 1e6;
			}
			Arrays.sort(latencies);
			double meanHits = queries == 0 ? 0 : (double) hits / queries;
			out.println(Messages.format("bench.search", queries, percentile(latencies, 50), percentile(latencies, 95),
					queries == 0 ? 0 : latencies[queries - 1], meanHits));

			double[] updates = timeSingleUpdates(index);
			out.println(Messages.format("bench.update", percentile(updates, 50), percentile(updates, 95)));
			return new Figures(records, indexingSeconds, records / indexingSeconds, megabytes, queries,
					percentile(latencies, 50), percentile(latencies, 95), queries == 0 ? 0 : latencies[queries - 1],
					meanHits, percentile(updates, 50), percentile(updates, 95));
		}
	}

	/** Each in its own update and commit, as the store will do for one saved record. */
	private static double[] timeSingleUpdates(FullTextIndex index) {
		double[] millis = new double[UPDATES];
		for (int i = 0; i < UPDATES; i++) {
			Organization organization = EnlaceFactory.eINSTANCE.createOrganization();
			organization.setId("benchmark-update-" + i);
			organization.setOwnerCountry("GTM");
			organization.setName("Organización ficticia de prueba " + i);
			long start = System.nanoTime();
			index.index(organization);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static SecretKey throwawayKey() {
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256);
			return generator.generateKey();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(double[] sorted, int percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static long sizeOf(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(SearchBenchmark::sizeOfFile).sum();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long sizeOfFile(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0; // merged away meanwhile
		}
	}
}
