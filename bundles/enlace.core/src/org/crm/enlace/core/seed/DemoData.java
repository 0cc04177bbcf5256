package org.crm.enlace.core.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.Record;

/** Loads the demo data set from every contributor in one transaction. */
public final class DemoData {

	private DemoData() {
	}

	/** @return how many records were stored */
	public static int load(RecordRepository repository, List<DemoDataContributor> contributors, Clock clock) {
		List<Record> records = new ArrayList<>();
		contributors.stream()
				.sorted(Comparator.comparingInt(DemoDataContributor::order))
				.forEach(c -> records.addAll(c.demoRecords(clock)));
		return repository.saveAll(records).size();
	}
}
