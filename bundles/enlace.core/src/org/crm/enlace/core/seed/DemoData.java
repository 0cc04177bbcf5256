package org.crm.enlace.core.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.Record;

/**
 * Loads the demo data set: every contributor's records in one transaction, then each contributor's
 * {@link DemoDataContributor#afterStored} step (files, links), in the same order.
 */
public final class DemoData {

	private DemoData() {
	}

	/** @return how many records were stored (the after-stored steps' changes to them are not counted again) */
	public static int load(RecordRepository repository, List<DemoDataContributor> contributors, Clock clock) {
		List<DemoDataContributor> ordered = contributors.stream()
				.sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
		List<Record> records = new ArrayList<>();
		ordered.forEach(c -> records.addAll(c.demoRecords(clock)));
		int stored = repository.saveAll(records).size();
		ordered.forEach(c -> c.afterStored(repository, clock));
		return stored;
	}
}
