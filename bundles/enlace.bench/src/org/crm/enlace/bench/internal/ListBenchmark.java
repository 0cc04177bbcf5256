package org.crm.enlace.bench.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.records.ui.list.RecordList;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/**
 * {@code ./enlace bench list}: opening the list of every record of a data folder (made by {@code bench store --keep})
 * in the workbench's own record list ({@link RecordList}, as the Records part shows it): the first page read by key,
 * the ids of every record counted in the background. Timed from the start of opening to the first page painted: the
 * window opened, the rows of the first page filled, a paint of the table that shows them, and the event queue
 * drained ({@code readAndDispatch} until it has nothing left). Then, not part of that time: when the count was known,
 * and how long the last page took to be painted after scrolling there. Each run measures twice: including the
 * opening of the store, then with the store already open. The display is created before any timing (the workbench
 * has one long before a list opens).
 */
final class ListBenchmark {

	private static final long TIMEOUT_NANOS = 300_000_000_000L;
	private static final double GOAL_MS = 1_000;

	/**
	 * One opening of the list, in nanoseconds from its start unless said otherwise.
	 *
	 * @param firstPage     to the first page painted and the queue drained: the figure with the goal
	 * @param keyPages      time in {@code findAfter} (the pages read by key before the count) and its calls
	 * @param counted       to the count known (the ids of every record read)
	 * @param lastPage      from scrolling to the end to the last page painted
	 * @param idPages       time in {@code findByIds} (pages read by their ids) and its calls
	 */
	private record Opening(long openStore, long firstPage, TimedRepository.Calls keyPages, long counted, int records,
			long lastPage, TimedRepository.Calls idPages) {
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
				options.runs()));
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
					Path screenshot = run == 1 ? options.screenshot().orElse(null) : null;
					Shown first = open(display, store, start, openStore, screenshot);
					withOpen.add(first.measured());
					close(display, first.shell());
					Shown second = open(display, store, System.nanoTime(), 0, null);
					alreadyOpen.add(second.measured());
					if (run == options.runs()) {
						heap = Measures.megabytes(Measures.heapInUseAfterGc());
					}
					close(display, second.shell());
				} finally {
					store.close();
				}
				err.println(Messages.format("progress.list", run, options.runs(),
						Measures.millis(withOpen.get(run - 1).firstPage()),
						Measures.millis(alreadyOpen.get(run - 1).firstPage())));
			}
		} finally {
			display.dispose();
		}
		report(withOpen, alreadyOpen, heap, err).print(out);
	}

	private static Report report(List<Opening> withOpen, List<Opening> alreadyOpen, double heap, PrintStream err) {
		Report report = new Report(Messages.format("list.report", withOpen.get(0).records()), err);
		for (int i = 0; i < withOpen.size(); i++) {
			report.add(Messages.format("row.listWithOpen", i + 1), describe(withOpen.get(i)));
			report.add(Messages.format("row.listOpen", i + 1), describe(alreadyOpen.get(i)));
		}
		double withOpenMedian = median(withOpen, Opening::firstPage);
		double openMedian = median(alreadyOpen, Opening::firstPage);
		report.add(Messages.get("row.listWithOpenMedian"), Messages.format("value.millis", withOpenMedian),
				Messages.format("goal.list", GOAL_MS), withOpenMedian <= GOAL_MS);
		report.add(Messages.get("row.listOpenMedian"), Messages.format("value.millis", openMedian),
				Messages.format("goal.list", GOAL_MS), openMedian <= GOAL_MS);
		List<Opening> all = new ArrayList<>(withOpen);
		all.addAll(alreadyOpen);
		report.add(Messages.get("row.listCountedMedian"), Messages.format("value.millis", median(all,
				Opening::counted)));
		report.add(Messages.get("row.listLastPageMedian"), Messages.format("value.millis", median(all,
				Opening::lastPage)));
		report.add(Messages.get("row.listHeap"), Messages.format("value.megabytes", heap));
		report.add(Messages.get("row.loadAtEnd"), Messages.format("value.load", Measures.loadAverage()));
		return report;
	}

	private static String describe(Opening opening) {
		return Messages.format("value.listOpening", Measures.millis(opening.firstPage()),
				Measures.millis(opening.openStore()), Measures.millis(opening.keyPages().nanos()),
				opening.keyPages().count(), opening.records(), Measures.millis(opening.counted()),
				Measures.millis(opening.lastPage()), Measures.millis(opening.idPages().nanos()),
				opening.idPages().count());
	}

	private static double median(List<Opening> openings, ToLongFunction<Opening> figure) {
		return Measures.percentile(openings.stream().mapToDouble(o -> Measures.millis(figure.applyAsLong(o)))
				.toArray(), 50);
	}

	/** An opened list's window and what was measured. */
	private record Shown(Shell shell, Opening measured) {
	}

	/**
	 * Opens the list window, waits for its first page painted, then for its count, then scrolls to the end and waits
	 * for the last page painted; the window stays open (with its ids) for the caller to close.
	 *
	 * @param screenshot where to save what the first page looked like (and the last page, as {@code <name>-last}), or
	 *                   {@code null}
	 */
	private static Shown open(Display display, RecordStore store, long start, long openStore, Path screenshot) {
		Shell shell = new Shell(display);
		shell.setText(Messages.get("list.window"));
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1100, 700);
		TimedRepository timed = new TimedRepository(store);
		RecordList list = new RecordList(shell, timed.repository(), RecordQuery.of(EnlacePackage.Literals.RECORD),
				Locale.getDefault());
		long[] shownPainted = { 0 };
		table(list.control()).addListener(SWT.Paint, event -> {
			if (shownPainted[0] == 0 && list.windowShown()) {
				shownPainted[0] = System.nanoTime();
			}
		});
		shell.open();
		Screens.await(display, TIMEOUT_NANOS, Messages.get("error.listTimeout"), () -> shownPainted[0] != 0);
		long firstPage = System.nanoTime() - start;
		TimedRepository.Calls keyPages = timed.of("findAfter");
		if (screenshot != null) {
			Screenshots.save(shell, screenshot);
		}
		Screens.await(display, TIMEOUT_NANOS, Messages.get("error.listTimeout"), () -> !list.counting());
		long counted = System.nanoTime() - start;

		shownPainted[0] = 0;
		long scrolled = System.nanoTime();
		list.scrollTo(list.size());
		Screens.await(display, TIMEOUT_NANOS, Messages.get("error.listTimeout"), () -> shownPainted[0] != 0);
		long lastPage = System.nanoTime() - scrolled;
		if (screenshot != null) {
			Screenshots.save(shell, screenshot.resolveSibling(lastPageName(screenshot)));
		}
		return new Shown(shell, new Opening(openStore, firstPage, keyPages, counted, list.size(), lastPage,
				timed.of("findByIds")));
	}

	private static void close(Display display, Shell shell) {
		shell.dispose();
		Screens.drain(display);
	}

	private static String lastPageName(Path screenshot) {
		String name = screenshot.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name + "-last" : name.substring(0, dot) + "-last" + name.substring(dot);
	}

	private static Table table(Control control) {
		if (control instanceof Table table) {
			return table;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Table found = table(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
