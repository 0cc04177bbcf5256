package org.crm.enlace.core.seed;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordIds;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EClass;

/** Stores the reference records that a store lacks, in one transaction. */
public final class ReferenceData {

	private ReferenceData() {
	}

	/** A stable UUID (name-based) for a reference record, so that every node gives it the same id. */
	public static String stableId(String kind, String key) {
		return UUID.nameUUIDFromBytes(("enlace:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * Stores the records whose id the store has never held. A record its owner changed, deleted or scrubbed since
	 * is left as it is: reference data is seeded, not enforced.
	 *
	 * @param repository the system's repository ({@link org.crm.enlace.core.store.SystemSeeding}), which sees the
	 *                   history of every record
	 * @return how many records were added
	 */
	public static int storeMissing(RecordRepository repository, Collection<? extends Record> records) {
		Map<EClass, Set<String>> held = new HashMap<>();
		List<? extends Record> missing = records.stream()
				.filter(r -> !held.computeIfAbsent(r.eClass(), type -> heldIds(repository, type)).contains(r.getId()))
				.toList();
		return missing.isEmpty() ? 0 : repository.saveAll(missing).size();
	}

	/*
	 * The ids of every record of the type the store holds, live or deleted (a scrubbed record counts as deleted):
	 * two reads of the indexes per type at every start, where reading each record's history took half a second.
	 */
	private static Set<String> heldIds(RecordRepository repository, EClass type) {
		Set<String> ids = new HashSet<>();
		RecordQuery live = RecordQuery.of(type);
		for (RecordQuery query : List.of(live, live.deletedOnly())) {
			RecordIds found = repository.ids(query, Progress.NONE).orElse(RecordIds.NONE);
			ids.addAll(found.slice(0, found.size()));
		}
		return ids;
	}
}
