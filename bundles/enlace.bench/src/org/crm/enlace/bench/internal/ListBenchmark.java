package org.crm.enlace.bench.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Record;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * {@code ./enlace bench list}: opening a list of every record of a data folder (made by {@code bench store --keep})
 * in an SWT virtual table, as a work area's list does: {@code count} gives the table its size, and
 * {@code SWT.SetData} fills the rows the table shows from pages read with {@code find(query, offset, limit)}. Timed
 * from the start of opening to the first page painted: the window opened, the visible rows filled, a paint of the
 * table after the last of them, and the event queue drained ({@code readAndDispatch} until it has nothing left).
 * Each run measures it twice: including the opening of the store, then again with the store already open. The
 * display is created before any timing (the workbench has one long before a list opens).
 */
final class ListBenchmark {

	private static final long TIMEOUT_NANOS = 300_000_000_000L;
	private static final double GOAL_MS = 1_000;
	private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneOffset.UTC);

	/** One opening of the list: its parts and the whole, in nanoseconds; 0 for a part that did not happen. */
	private record Opening(long openStore, long count, long itemCount, long fetch, List<Long> pages, int rowsFilled,
			long total, long records) {
	}

	private ListBenchmark() {
	}

	static void run(Options options, PrintStream out, PrintStream err) {
		Path folder = options.data().orElseThrow(() -> new IllegalArgumentException(Messages.get("error.listData")))
				.toAbsolutePath().normalize();
		Clock clock = Clock.system();
		Unlocked login = BenchFolder.login(folder, options.user().orElse(BenchFolder.OWNER_USER), clock);
		RecordStoreFactory factory = BenchFolder.factory();
		out.println(Messages.get("list.title"));
		out.println(Measures.machine());
		out.println(Messages.format("list.setup", folder, login.account().userName(), login.account().country(),
				options.runs(), StoreBenchmark.PAGE));
		if (options.deferOffscreen()) {
			out.println(Messages.get("list.deferOffscreen"));
		}
		Display display = new Display();
		List<Opening> withOpen = new ArrayList<>();
		List<Opening> alreadyOpen = new ArrayList<>();
		double heap = 0;
		try {
			for (int run = 1; run <= options.runs(); run++) {
				long start = System.nanoTime();
				RecordStore store = BenchFolder.open(factory, folder, login, clock);
				long openStore = System.nanoTime() - start;
				try {
					Shell first = show(display, store, start, openStore, options.deferOffscreen(), withOpen);
					if (run == 1 && options.screenshot().isPresent()) {
						Screens.screenshot(first, options.screenshot().get());
					}
					first.dispose();
					Screens.drain(display);
					Shell second = show(display, store, System.nanoTime(), 0, options.deferOffscreen(), alreadyOpen);
					if (run == options.runs()) {
						heap = Measures.megabytes(Measures.heapInUseAfterGc());
					}
					second.dispose();
					Screens.drain(display);
				} finally {
					store.close();
				}
				err.println(Messages.format("progress.list", run, options.runs(),
						Measures.millis(withOpen.get(run - 1).total()),
						Measures.millis(alreadyOpen.get(run - 1).total())));
			}
		} finally {
			display.dispose();
		}
		Report report = new Report(Messages.format("list.report", withOpen.get(0).records()), err);
		for (int i = 0; i < withOpen.size(); i++) {
			report.add(Messages.format("row.listWithOpen", i + 1), describe(withOpen.get(i)));
			report.add(Messages.format("row.listOpen", i + 1), describe(alreadyOpen.get(i)));
		}
		double withOpenMedian = median(withOpen);
		double openMedian = median(alreadyOpen);
		report.add(Messages.get("row.listWithOpenMedian"), Messages.format("value.millis", withOpenMedian),
				Messages.format("goal.list", GOAL_MS), withOpenMedian <= GOAL_MS);
		report.add(Messages.get("row.listOpenMedian"), Messages.format("value.millis", openMedian),
				Messages.format("goal.list", GOAL_MS), openMedian <= GOAL_MS);
		report.add(Messages.get("row.listHeap"), Messages.format("value.megabytes", heap));
		report.add(Messages.get("row.loadAtEnd"), Messages.format("value.load", Measures.loadAverage()));
		report.print(out);
	}

	private static String describe(Opening opening) {
		return Messages.format("value.listOpening", Measures.millis(opening.total()),
				Measures.millis(opening.openStore()), Measures.millis(opening.count()),
				Measures.millis(opening.itemCount()), Measures.millis(opening.fetch()),
				opening.pages().size(), opening.pages().stream().map(page -> String.valueOf(page * StoreBenchmark.PAGE))
						.collect(Collectors.joining(" / ")),
				opening.rowsFilled());
	}

	private static double median(List<Opening> openings) {
		double[] millis = openings.stream().mapToDouble(o -> Measures.millis(o.total())).toArray();
		return Measures.percentile(millis, 50);
	}

	/**
	 * Opens the list window and returns it once its first page is painted, adding the figures to {@code into}.
	 *
	 * @param deferOffscreen rows asked for outside the page at the top of the table (GTK asks for one far row while
	 *                       it sizes the table) are filled only after the first paint, with {@code Table.clear}
	 */
	private static Shell show(Display display, RecordStore store, long start, long openStore, boolean deferOffscreen,
			List<Opening> into) {
		RecordQuery query = RecordQuery.of(EnlacePackage.Literals.RECORD);
		Shell shell = new Shell(display);
		shell.setText(Messages.get("list.window"));
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1100, 700);
		Table table = new Table(shell, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String key : List.of("column.class", "column.name", "column.owner", "column.tlp", "column.releasability",
				"column.modified")) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(Messages.get(key));
			column.setWidth(key.equals("column.name") ? 360 : 140);
		}
		long countStart = System.nanoTime();
		long records = store.count(query);
		long count = System.nanoTime() - countStart;
		RecordPages pages = new RecordPages(store, query, StoreBenchmark.PAGE);
		long[] lastFilled = { 0 };
		long[] paintedAfter = { 0 };
		int[] filled = { 0 };
		List<Integer> deferred = new ArrayList<>();
		table.addListener(SWT.SetData, event -> {
			if (deferOffscreen && event.index / StoreBenchmark.PAGE != table.getTopIndex() / StoreBenchmark.PAGE) {
				deferred.add(event.index);
				return;
			}
			TableItem item = (TableItem) event.item;
			Record record = pages.get(event.index);
			if (record != null) {
				item.setText(texts(record));
			}
			filled[0]++;
			lastFilled[0] = System.nanoTime();
		});
		table.addListener(SWT.Paint, event -> {
			if (filled[0] > 0) {
				paintedAfter[0] = System.nanoTime();
			}
		});
		long itemCountStart = System.nanoTime();
		table.setItemCount((int) Math.min(records, Integer.MAX_VALUE));
		long itemCount = System.nanoTime() - itemCountStart;
		shell.open();
		long deadline = System.nanoTime() + TIMEOUT_NANOS;
		while (true) {
			Screens.drain(display);
			int visible = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
			boolean pageFilled = filled[0] >= Math.min(records, visible);
			if (pageFilled && paintedAfter[0] >= lastFilled[0]) {
				break;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(Messages.get("error.listTimeout"));
			}
			display.timerExec(5, () -> {
				// wakes the loop up when no event comes
			});
			display.sleep();
		}
		long total = System.nanoTime() - start;
		// Asked again when shown: then read, like any row.
		display.asyncExec(() -> deferred.stream().filter(index -> !table.isDisposed()).forEach(table::clear));
		into.add(new Opening(openStore, count, itemCount, pages.fetchNanos(), pages.fetched(), filled[0], total,
				records));
		return shell;
	}

	private static String[] texts(Record record) {
		String name = record instanceof ContactPoint contact ? contact.getFullName()
				: record instanceof Organization organization ? organization.getName() : record.getId();
		return new String[] { record.eClass().getName(), name, record.getOwnerCountry(), record.getTlp().getLiteral(),
				record.getReleasability().getLiteral(),
				record.getModifiedAt() == null ? "" : MODIFIED.format(record.getModifiedAt()) };
	}
}
