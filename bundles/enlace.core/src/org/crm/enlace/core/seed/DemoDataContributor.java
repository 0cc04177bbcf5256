package org.crm.enlace.core.seed;

import java.util.List;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.Record;

/**
 * An OSGi service through which a work area or a member state's bundle adds its part of the demo data set. Every
 * record it returns is fictitious and says so where a person could mistake it for real.
 */
public interface DemoDataContributor {

	/** Contributors run in ascending order; reference data (countries) comes first. */
	int order();

	List<Record> demoRecords(Clock clock);

	/**
	 * Called once every contributor's records are stored, in the same order, with the same repository (the
	 * system's): for what needs a stored record, such as files ({@link RecordRepository#attach} takes the id of a
	 * stored record) or links to another contributor's records. It saves what it changes itself. Nothing by
	 * default.
	 */
	default void afterStored(RecordRepository repository, Clock clock) {
	}
}
