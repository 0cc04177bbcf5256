package org.crm.enlace.entry;

import java.util.Objects;

/**
 * Where imported rules come from, as every rule of the import records it.
 *
 * @param provenance the record's provenance and the rule's source: what the data set is, who published it, its
 *                   date and licence, and whether it is official
 * @param author     who wrote the information (the record's author): the publisher of the data set
 */
public record ImportSource(String provenance, String author) {

	public ImportSource {
		Objects.requireNonNull(provenance, "provenance");
		Objects.requireNonNull(author, "author");
	}
}
