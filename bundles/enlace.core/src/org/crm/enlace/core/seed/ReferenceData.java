package org.crm.enlace.core.seed;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Record;

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
		List<? extends Record> missing = records.stream()
				.filter(r -> repository.history(r.getId()).isEmpty())
				.toList();
		return missing.isEmpty() ? 0 : repository.saveAll(missing).size();
	}
}
