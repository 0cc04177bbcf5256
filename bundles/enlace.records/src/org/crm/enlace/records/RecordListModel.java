package org.crm.enlace.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crm.enlace.core.store.RecordIds;
import org.crm.enlace.records.internal.Messages;

/**
 * What a list that shows a few dozen rows of up to millions of records knows, without a row per record: the pages
 * read lately, and once counted the ids of all of them (16 bytes each). Before the count, pages are read by key from
 * the top ("the walk"): the first page needs no count, and a list whose count is cancelled still scrolls on. After
 * the count, any page is read by its ids.
 * <p>
 * Confined to one thread (the UI's): {@link #missing} says which pages to read, {@link PageRequest#fetch} reads them
 * on another, {@link #loaded} takes the rows back. {@link #refresh} starts a new generation: what was asked before
 * is dropped when it arrives.
 */
public final class RecordListModel {

	/** Rows per page read from the store. */
	public static final int PAGE = 100;
	/** Pages kept; the ones used longest ago go first. */
	static final int MOST_PAGES = 20;

	private record Page(List<String> ids, List<SearchRow> rows) {
	}

	private enum Count {
		RUNNING, DONE, CANCELLED, FAILED
	}

	private final Map<Integer, Page> pages = new LinkedHashMap<>(MOST_PAGES, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, Page> eldest) {
			return size() > MOST_PAGES;
		}
	};
	/* The key to read each page of the walk by: the last id of the page before (null for the first). */
	private final List<String> walkKeys = new ArrayList<>();
	private int walked;
	private boolean walkEnded;
	private RecordIds ids;
	private Count count = Count.RUNNING;
	private long countedSoFar;
	private int generation;

	public RecordListModel() {
		walkKeys.add(null);
	}

	public int generation() {
		return generation;
	}

	/** The rows known to exist: all of them once counted, else those the walk has read. */
	public int size() {
		return ids != null ? ids.size() : walked;
	}

	/** Whether {@link #size} is the number of every row: counted, or walked to the end. */
	public boolean sizeKnown() {
		return ids != null || walkEnded;
	}

	/** The rows a scroll bar spans: the size, plus a window more while the walk may find more below. */
	public int scrollRange(int visible) {
		return sizeKnown() ? size() : walked + Math.max(1, visible);
	}

	/** The row at {@code index}; {@code null} while it is not read (or no longer kept). */
	public SearchRow row(int index) {
		Page page = pages.get(index / PAGE);
		int at = index % PAGE;
		return page == null || at >= page.rows().size() ? null : page.rows().get(at);
	}

	/** The id at {@code index}, when known. */
	public String id(int index) {
		if (ids != null) {
			return index < ids.size() ? ids.get(index) : null;
		}
		Page page = pages.get(index / PAGE);
		int at = index % PAGE;
		return page == null || at >= page.ids().size() ? null : page.ids().get(at);
	}

	/** The position of the record with this id, or -1 when it is not known (yet). */
	public int indexOf(String id) {
		if (ids != null) {
			return ids.indexOf(id);
		}
		for (Map.Entry<Integer, Page> page : pages.entrySet()) {
			int at = page.getValue().ids().indexOf(id);
			if (at >= 0) {
				return page.getKey() * PAGE + at;
			}
		}
		return -1;
	}

	/**
	 * The pages to read so that rows {@code from} to {@code to} (exclusive) can be shown. Before the count only the
	 * walk's next page can be read: a window beyond it asks for that one, and for the next when it has arrived.
	 */
	public List<PageRequest> missing(int from, int to) {
		List<PageRequest> wanted = new ArrayList<>();
		int end = sizeKnown() ? Math.min(to, size()) : to;
		for (int page = Math.max(0, from) / PAGE; page * PAGE < end; page++) {
			if (pages.containsKey(page)) {
				continue;
			}
			if (ids != null) {
				wanted.add(PageRequest.byIds(generation, page, ids.slice(page * PAGE, (page + 1) * PAGE)));
			} else if (page < walkKeys.size()) {
				wanted.add(PageRequest.byKey(generation, page, walkKeys.get(page)));
			} else {
				wanted.add(PageRequest.byKey(generation, walkKeys.size() - 1, walkKeys.getLast()));
				break;
			}
		}
		return wanted;
	}

	/**
	 * Takes a page's rows back.
	 *
	 * @return whether they were taken: false for a page asked before a {@link #refresh}
	 */
	public boolean loaded(PageRequest request, List<SearchRow> rows) {
		if (request.generation() != generation) {
			return false;
		}
		List<String> rowIds = request.byKey() ? rows.stream().map(row -> row.record().getId()).toList()
				: request.ids();
		pages.put(request.page(), new Page(rowIds, List.copyOf(rows)));
		if (request.byKey() && request.page() == walkKeys.size() - 1 && !walkEnded) {
			walked = request.page() * PAGE + rows.size();
			if (rows.size() < PAGE) {
				walkEnded = true;
			} else {
				walkKeys.add(rowIds.getLast());
			}
		}
		return true;
	}

	/** Ids counted so far, while the count runs. */
	public void counting(long soFar) {
		countedSoFar = soFar;
	}

	/**
	 * The count of a generation is done: from now on pages are read by their ids. Pages read before are kept where
	 * they hold the very ids of their positions (nothing changed meanwhile), dropped elsewhere.
	 *
	 * @return false for the count of an older generation, which is dropped
	 */
	public boolean counted(int countGeneration, RecordIds counted) {
		if (countGeneration != generation) {
			return false;
		}
		ids = counted;
		count = Count.DONE;
		pages.entrySet().removeIf(page -> !page.getValue().ids()
				.equals(counted.slice(page.getKey() * PAGE, (page.getKey() + 1) * PAGE)));
		return true;
	}

	/** The count was cancelled: the list goes on by key, as far as the user scrolls. */
	public void countCancelled() {
		count = Count.CANCELLED;
	}

	/** The count failed; rows already read stay. */
	public void countFailed() {
		count = Count.FAILED;
	}

	public boolean counting() {
		return count == Count.RUNNING;
	}

	/**
	 * The stored records changed: every page is read again, and a new count begins (its ids replace the old ones,
	 * which meanwhile still place the pages). Starts a new generation.
	 */
	public void refresh() {
		generation++;
		pages.clear();
		walkKeys.clear();
		walkKeys.add(null);
		walked = 0;
		walkEnded = false;
		count = Count.RUNNING;
		countedSoFar = 0;
	}

	/** A line about the count, for under the list: how many, still counting, or why not known. */
	public String status(Locale locale) {
		return switch (count) {
		case RUNNING -> Messages.format("list.counting", locale, countedSoFar);
		case DONE -> Messages.format("list.count", locale, size());
		case CANCELLED -> walkEnded ? Messages.format("list.count", locale, size())
				: Messages.format("list.cancelled", locale, size());
		case FAILED -> Messages.format("list.failed", locale);
		};
	}
}
