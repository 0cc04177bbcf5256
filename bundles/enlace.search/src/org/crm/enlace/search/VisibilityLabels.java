package org.crm.enlace.search;

import java.util.Set;

import org.crm.enlace.model.Record;

/**
 * The labels under which a record is indexed for {@link FullTextIndex#search(String, int, Set)}, such as "ALL" or a
 * country code, decided by the store from the record's releasability. A speed-up only: the store still applies its
 * access rule to every hit.
 */
@FunctionalInterface
public interface VisibilityLabels {

	/** No labels: searches filtered by label find nothing. */
	VisibilityLabels NONE = record -> Set.of();

	Set<String> of(Record record);
}
