package org.crm.enlace.mrz.specimens;

import java.util.Objects;

/** One specimen a {@link SpecimenLookup} found: its title in the user's language and its record id. */
public record SpecimenMatch(String title, String recordId) {

	public SpecimenMatch {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(recordId, "recordId");
	}
}
