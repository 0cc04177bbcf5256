package org.crm.enlace.records;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Record;

/**
 * A page a {@link RecordListModel} wants read: by its ids once the list is counted, else by key, after the last id of
 * the page before it. {@link #fetch} reads it from the store and may run on any thread; the rows go back to the
 * model through {@link RecordListModel#loaded}.
 *
 * @param generation the model's generation when asked: rows of an older one are dropped
 * @param page       the page's number, 0 for the first
 * @param ids        the ids of the page's rows, or {@code null} for a page read by key
 * @param afterId    for a page read by key, the last id of the page before ({@code null} for the first page)
 */
public record PageRequest(int generation, int page, List<String> ids, String afterId) {

	static PageRequest byIds(int generation, int page, List<String> ids) {
		return new PageRequest(generation, page, List.copyOf(ids), null);
	}

	static PageRequest byKey(int generation, int page, String afterId) {
		return new PageRequest(generation, page, null, afterId);
	}

	public boolean byKey() {
		return ids == null;
	}

	/**
	 * The page's rows: by key, the records the store gives after {@link #afterId}; by ids, one row per id, in their
	 * order, and a row without record for an id whose record the user can no longer see (deleted meanwhile).
	 */
	public List<SearchRow> fetch(RecordRepository repository, RecordQuery query, Locale locale) {
		if (byKey()) {
			return repository.findAfter(query, afterId, RecordListModel.PAGE, Record.class).stream()
					.map(record -> SearchRow.of(record, locale)).toList();
		}
		Map<String, Record> found = repository.findByIds(ids).stream()
				.collect(Collectors.toMap(Record::getId, Function.identity()));
		return ids.stream().map(id -> found.containsKey(id) ? SearchRow.of(found.get(id), locale)
				: SearchRow.unavailable(locale)).toList();
	}
}
