package org.crm.enlace.records.ui.list;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordIds;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.records.PageRequest;
import org.crm.enlace.records.SearchRow;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Reads a {@link RecordList}'s pages and counts its ids off the UI thread, each on a thread of its own (the count
 * takes seconds at a million records; pages must not wait for it), and hands the results back on the UI thread.
 * Only the pages of the window shown last are read: a page asked for while dragging, and passed meanwhile, is
 * skipped. Threads are never interrupted (an interrupted Derby read may close its database): a count stops through
 * its {@link Progress}, pages are short.
 */
final class RecordReader {

	private final RecordRepository repository;
	private final RecordQuery query;
	private final Locale locale;
	private final Display display;
	private final Consumer<Runnable> whileAlive;
	private final ExecutorService pages = Executors.newSingleThreadExecutor(
			Thread.ofPlatform().daemon().name("enlace-record-list-pages").factory());
	private final ExecutorService counts = Executors.newSingleThreadExecutor(
			Thread.ofPlatform().daemon().name("enlace-record-list-count").factory());
	/* Pages of the window shown last, read by the pages' thread; pages asked for and not back yet (UI thread). */
	private final Set<Long> wanted = ConcurrentHashMap.newKeySet();
	private final Set<Long> reading = new HashSet<>();
	private Count count;

	/** @param whileAlive runs a result on the UI thread unless the list is gone */
	RecordReader(RecordRepository repository, RecordQuery query, Locale locale, Display display,
			Consumer<Runnable> whileAlive) {
		this.repository = repository;
		this.query = query;
		this.locale = locale;
		this.display = display;
		this.whileAlive = whileAlive;
	}

	/**
	 * Reads these pages (those not on their way already), forgetting pages asked for before and not begun. A failure
	 * is handed on as the store's message for the user, or {@code null}.
	 */
	void read(List<PageRequest> requests, BiConsumer<PageRequest, List<SearchRow>> loaded, Consumer<String> failed) {
		wanted.clear();
		requests.forEach(request -> wanted.add(key(request)));
		for (PageRequest request : requests) {
			if (reading.add(key(request))) {
				submit(request, loaded, failed);
			}
		}
	}

	private void submit(PageRequest request, BiConsumer<PageRequest, List<SearchRow>> loaded,
			Consumer<String> failed) {
		long key = key(request);
		pages.execute(() -> {
			if (!wanted.contains(key)) {
				onUi(() -> {
					reading.remove(key);
					// Asked for again while this skip was on its way to the UI thread: that ask found the page
					// "on its way" and sent nothing, so it is read now, or it never would be.
					if (wanted.contains(key) && reading.add(key)) {
						submit(request, loaded, failed);
					}
				});
				return;
			}
			try {
				List<SearchRow> rows = request.fetch(repository, query, locale);
				onUi(() -> {
					reading.remove(key);
					loaded.accept(request, rows);
				});
			} catch (RuntimeException e) {
				onUi(() -> {
					reading.remove(key);
					failed.accept(message(e));
				});
			}
		});
	}

	/** Counts the ids anew, cancelling a count still running; only the newest count's outcome is handed back. */
	void count(LongConsumer progress, Consumer<Optional<RecordIds>> done, Consumer<String> failed) {
		cancelCount();
		Count started = new Count(progress);
		count = started;
		counts.execute(() -> {
			try {
				Optional<RecordIds> ids = repository.ids(query, started);
				onUi(() -> {
					if (count == started) {
						done.accept(ids);
					}
				});
			} catch (RuntimeException e) {
				onUi(() -> {
					if (count == started) {
						failed.accept(message(e));
					}
				});
			}
		});
	}

	void cancelCount() {
		if (count != null) {
			count.cancelled = true;
		}
	}

	/** Stops the count and lets the threads end once their work is done. */
	void close() {
		cancelCount();
		pages.shutdown();
		counts.shutdown();
	}

	private static long key(PageRequest request) {
		return (long) request.generation() << 32 | request.page();
	}

	/* A store's message is written for the user and never holds a record's content; anything else: null. */
	private static String message(RuntimeException failure) {
		return failure instanceof StoreException store ? store.getMessage() : null;
	}

	private void onUi(Runnable ui) {
		try {
			display.asyncExec(() -> whileAlive.accept(ui));
		} catch (SWTException e) {
			// The display is gone: so is the list.
		}
	}

	/** A count's progress, shown as it goes, and its cancel flag. */
	private final class Count implements Progress {

		private final LongConsumer shown;
		private volatile boolean cancelled;

		Count(LongConsumer shown) {
			this.shown = shown;
		}

		@Override
		public void worked(long done, long total) {
			onUi(() -> {
				if (count == this) {
					shown.accept(done);
				}
			});
		}

		@Override
		public boolean isCancelled() {
			return cancelled;
		}
	}
}
