package org.crm.enlace.bench.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Record;

/**
 * What a virtual list reads as it scrolls: pages of a query's records, fetched with
 * {@link RecordRepository#find(RecordQuery, long, int, Class)} the first time one of their rows is asked for, and
 * kept. Counts the time spent fetching.
 */
final class RecordPages {

	private final RecordRepository repository;
	private final RecordQuery query;
	private final int pageSize;
	private final Map<Long, List<Record>> pages = new HashMap<>();
	private final List<Long> fetched = new ArrayList<>();
	private long fetchNanos;

	RecordPages(RecordRepository repository, RecordQuery query, int pageSize) {
		this.repository = repository;
		this.query = query;
		this.pageSize = pageSize;
	}

	/** The record at {@code index} of the query's order, or {@code null} past its end. */
	Record get(long index) {
		long page = index / pageSize;
		List<Record> records = pages.get(page);
		if (records == null) {
			long start = System.nanoTime();
			records = repository.find(query, page * pageSize, pageSize, Record.class);
			fetchNanos += System.nanoTime() - start;
			fetched.add(page);
			pages.put(page, records);
		}
		int at = (int) (index - page * pageSize);
		return at < records.size() ? records.get(at) : null;
	}

	long fetchNanos() {
		return fetchNanos;
	}

	/** The numbers of the pages read, in the order they were read. */
	List<Long> fetched() {
		return List.copyOf(fetched);
	}
}
