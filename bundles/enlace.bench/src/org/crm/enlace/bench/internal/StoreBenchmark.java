package org.crm.enlace.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.store.derby.bench.RawInsertBaseline;

/**
 * {@code ./enlace bench store}: fictitious records inserted through the store in batches ({@code saveAll}, one
 * transaction each), then the same rows inserted with plain JDBC batches into tables of the same layout in the same
 * database ({@link RawInsertBaseline}: the RECORDS rows alone, then every row the store wrote); the store reopened on
 * them, a count and a first page read, the heap in use;
 * full-text searches through the store as an analyst of the owning organization and as one of another member state.
 * Prints progress on the error stream and a table of figures at the end.
 */
final class StoreBenchmark {

	private static final long RECORD_SEED = 20261129L;
	private static final long QUERY_SEED = 11L;
	private static final long WARM_UP_SEED = 12L;
	private static final int WARM_UP_QUERIES = 50;
	/** Hits asked of each search: a first page of results. */
	static final int HITS = 20;
	/** Records per page of a virtual list. */
	static final int PAGE = 100;
	private static final double INSERT_RATIO_GOAL = 2.0;
	private static final double HEAP_GOAL_MB = 256;
	private static final double SEARCH_P95_GOAL_MS = 50;

	private record Searches(int queries, double p50, double p95, double max, double meanHits) {
	}

	private StoreBenchmark() {
	}

	static void run(Options options, PrintStream out, PrintStream err) throws IOException {
		Clock clock = Clock.system();
		Path folder = BenchFolder.createNew(options.data(), clock);
		boolean remove = options.data().isEmpty() && !options.keep();
		try {
			measure(folder, remove, options, clock, out, err);
		} finally {
			if (remove) {
				BenchFolder.delete(folder);
			}
		}
	}

	private static void measure(Path folder, boolean remove, Options options, Clock clock, PrintStream out,
			PrintStream err) {
		out.println(Messages.get("store.title"));
		out.println(Measures.machine());
		out.println(Messages.format("store.setup", options.records(), options.batch(), folder,
				Messages.get(remove ? "folder.removed" : "folder.kept")));
		RecordStoreFactory factory = BenchFolder.factory();
		Unlocked owner = BenchFolder.login(folder, BenchFolder.OWNER_USER, clock);
		Report report = new Report(Messages.format("store.report", options.records()), err);

		long insertNanos = 0;
		long stored = 0;
		double firstBatchRate = 0;
		double lastBatchRate = 0;
		long databaseBytes;
		long indexBytes;
		int batches = (options.records() + options.batch() - 1) / options.batch();
		int every = Math.max(1, batches / 10);
		try (RecordStore store = factory.open(folder, owner.account().asCurrentUser(), owner.keys(), clock)) {
			FictitiousRecords records = new FictitiousRecords(RECORD_SEED, options.records(), BenchFolder.OWNER);
			int batch = 0;
			while (records.hasMore()) {
				List<Record> next = records.next(options.batch());
				long start = System.nanoTime();
				store.saveAll(next);
				long took = System.nanoTime() - start;
				insertNanos += took;
				stored += next.size();
				batch++;
				lastBatchRate = Measures.perSecond(next.size(), took);
				if (batch == 1) {
					firstBatchRate = lastBatchRate;
				}
				if (batch % every == 0 || !records.hasMore()) {
					err.println(Messages.format("progress.store", stored, options.records(), lastBatchRate,
							Measures.perSecond(stored, insertNanos)));
				}
			}
			databaseBytes = BenchFolder.size(folder.resolve("db"));
			indexBytes = BenchFolder.size(folder.resolve("index"));
		}
		report.add(Messages.get("row.storeInsert"), Messages.format("value.inserted", stored,
				Measures.seconds(insertNanos), Measures.perSecond(stored, insertNanos)));
		report.add(Messages.get("row.storeBatches"),
				Messages.format("value.batchRates", options.batch(), firstBatchRate, lastBatchRate));
		report.add(Messages.get("row.disk"), Messages.format("value.disk", Measures.megabytes(databaseBytes),
				Measures.megabytes(indexBytes)));
		rawBaselines(BenchFolder.open(factory, folder, owner, clock), folder, options.batch(), insertNanos, report,
				err);
		reads(folder, factory, owner, clock, options.queries(), report, err);
		report.add(Messages.get("row.loadAtEnd"), Messages.format("value.load", Measures.loadAverage()));
		report.print(out);
	}

	/**
	 * {@code ./enlace bench raw}: only the raw JDBC floors of {@code bench store}, on the folder a
	 * {@code bench store --keep} run left (compare them with that run's insert time).
	 */
	static void runRaw(Options options, PrintStream out, PrintStream err) {
		Path folder = options.data().orElseThrow(() -> new IllegalArgumentException(Messages.get("error.rawData")))
				.toAbsolutePath().normalize();
		Clock clock = Clock.system();
		out.println(Messages.get("store.rawTitle"));
		out.println(Measures.machine());
		out.println(Messages.format("store.readsSetup", folder));
		RecordStoreFactory factory = BenchFolder.factory();
		Unlocked owner = BenchFolder.login(folder, BenchFolder.OWNER_USER, clock);
		Report report = new Report(Messages.get("store.rawReport"), err);
		rawBaselines(BenchFolder.open(factory, folder, owner, clock), folder, options.batch(), 0, report, err);
		report.add(Messages.get("row.loadAtEnd"), Messages.format("value.load", Measures.loadAverage()));
		report.print(out);
	}

	/*
	 * The same rows with plain JDBC (RawInsertBaseline): the RECORDS rows alone, then every row the store wrote. The
	 * store stays open and idle meanwhile (Derby booted with the folder's key) and is closed at the end. With the
	 * store's own insert time (0 when unknown), the ratios.
	 */
	private static void rawBaselines(RecordStore idle, Path folder, int batch, long storeNanos, Report report,
			PrintStream err) {
		try {
			rawBaselines(folder, batch, storeNanos, report, err);
		} finally {
			idle.close();
		}
	}

	private static void rawBaselines(Path folder, int batch, long storeNanos, Report report, PrintStream err) {
		for (RawInsertBaseline.Scope scope : RawInsertBaseline.Scope.values()) {
			String what = Messages.get(scope == RawInsertBaseline.Scope.RECORDS ? "raw.records" : "raw.everyTable");
			long[] reported = { 0 };
			RawInsertBaseline.Figures raw = RawInsertBaseline.run(folder, batch, scope, records -> {
				if (records - reported[0] >= 10L * batch) {
					reported[0] = records;
					err.println(Messages.format("progress.raw", what, records));
				}
			});
			report.add(Messages.format("row.raw", what),
					Messages.format("value.rawInserted", raw.records(), raw.rows(), Measures.seconds(raw.insertNanos()),
							Measures.perSecond(raw.records(), raw.insertNanos())));
			if (storeNanos > 0 && raw.insertNanos() > 0) {
				double ratio = (double) storeNanos / raw.insertNanos();
				if (scope == RawInsertBaseline.Scope.RECORDS) {
					report.add(Messages.format("row.ratio", what), Messages.format("value.ratio", ratio),
							Messages.format("goal.ratio", INSERT_RATIO_GOAL), ratio <= INSERT_RATIO_GOAL);
				} else {
					report.add(Messages.format("row.ratio", what), Messages.format("value.ratio", ratio));
				}
			}
			if (scope == RawInsertBaseline.Scope.RECORDS) {
				report.add(Messages.get("row.content"), Messages.format("value.content",
						raw.records() == 0 ? 0 : (double) raw.contentChars() / raw.records()));
			}
		}
	}

	/**
	 * {@code ./enlace bench reads}: only the reads of {@code bench store}, on the folder a {@code bench store --keep}
	 * run left (its records stay as they are; the reads add their own audit entries).
	 */
	static void runReads(Options options, PrintStream out, PrintStream err) {
		Path folder = options.data().orElseThrow(() -> new IllegalArgumentException(Messages.get("error.readsData")))
				.toAbsolutePath().normalize();
		Clock clock = Clock.system();
		out.println(Messages.get("store.readsTitle"));
		out.println(Measures.machine());
		out.println(Messages.format("store.readsSetup", folder));
		RecordStoreFactory factory = BenchFolder.factory();
		Unlocked owner = BenchFolder.login(folder, BenchFolder.OWNER_USER, clock);
		Report report = new Report(Messages.get("store.readsReport"), err);
		reads(folder, factory, owner, clock, options.queries(), report, err);
		report.add(Messages.get("row.loadAtEnd"), Messages.format("value.load", Measures.loadAverage()));
		report.print(out);
	}

	/*
	 * The store reopened on its records: open, count, first and last page, heap; then searches as the owner's analyst
	 * and as another member's.
	 */
	private static void reads(Path folder, RecordStoreFactory factory, Unlocked owner, Clock clock, int queries,
			Report report, PrintStream err) {
		long openStart = System.nanoTime();
		try (RecordStore store = BenchFolder.open(factory, folder, owner, clock)) {
			long openNanos = System.nanoTime() - openStart;
			report.add(Messages.get("row.open"), Messages.format("value.millis", Measures.millis(openNanos)));
			RecordQuery all = RecordQuery.of(EnlacePackage.Literals.RECORD);
			long countStart = System.nanoTime();
			long count = store.count(all);
			long countNanos = System.nanoTime() - countStart;
			report.add(Messages.get("row.count"),
					Messages.format("value.count", Measures.millis(countNanos), count));
			long pageStart = System.nanoTime();
			int pageSize = store.find(all, 0, PAGE, Record.class).size();
			long pageNanos = System.nanoTime() - pageStart;
			report.add(Messages.format("row.firstPage", PAGE),
					Messages.format("value.page", Measures.millis(pageNanos), pageSize));
			long lastPageStart = System.nanoTime();
			store.find(all, Math.max(0, count - PAGE), PAGE, Record.class);
			long lastPageNanos = System.nanoTime() - lastPageStart;
			report.add(Messages.format("row.lastPage", PAGE),
					Messages.format("value.millis", Measures.millis(lastPageNanos)));
			double heap = Measures.megabytes(Measures.heapInUseAfterGc());
			report.add(Messages.get("row.heap"), Messages.format("value.megabytes", heap),
					Messages.format("goal.heap", HEAP_GOAL_MB), heap <= HEAP_GOAL_MB);
			searchRows(report, store, queries, Messages.get("row.searchOwner"), err);
		}
		Unlocked member = BenchFolder.login(folder, BenchFolder.MEMBER_USER, clock);
		try (RecordStore store = BenchFolder.open(factory, folder, member, clock)) {
			searchRows(report, store, queries, Messages.get("row.searchMember"), err);
		}
	}

	private static void searchRows(Report report, RecordStore store, int queries, String who, PrintStream err) {
		if (!store.searchReady()) {
			long start = System.nanoTime();
			store.rebuildSearchIndex(Progress.NONE);
			report.add(Messages.get("row.rebuild"),
					Messages.format("value.seconds", Measures.seconds(System.nanoTime() - start)));
		}
		err.println(Messages.format("progress.search", who, queries));
		Searches searches = search(store, queries);
		report.add(Messages.format("row.search", who, searches.queries()),
				Messages.format("value.search", searches.p50(), searches.p95(), searches.max(), searches.meanHits()),
				Messages.format("goal.search", SEARCH_P95_GOAL_MS), searches.p95() <= SEARCH_P95_GOAL_MS);
	}

	/* A warm-up with other queries of the same kinds, then each query timed on its own, as a user types them. */
	private static Searches search(RecordStore store, int count) {
		for (String query : FictitiousRecords.queries(WARM_UP_SEED, WARM_UP_QUERIES)) {
			store.search(query, HITS);
		}
		List<String> queries = FictitiousRecords.queries(QUERY_SEED, count);
		double[] millis = new double[count];
		long hits = 0;
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			hits += store.search(queries.get(i), HITS).size();
			millis[i] = Measures.millis(System.nanoTime() - start);
		}
		return new Searches(count, Measures.percentile(millis, 50), Measures.percentile(millis, 95),
				Measures.max(millis), count == 0 ? 0 : (double) hits / count);
	}
}
