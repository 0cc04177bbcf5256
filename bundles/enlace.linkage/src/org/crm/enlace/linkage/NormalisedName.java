package org.crm.enlace.linkage;

import java.util.List;

/**
 * A person's name ready to compare: upper case, in the ICAO transliteration (no accents; Ñ is N), the particles
 * ("DE", "DEL", "LA", "Y"...) kept apart, given names one a token with initials as one letter. Either surname may be
 * null.
 */
public record NormalisedName(List<String> givenNames, String firstSurname, String secondSurname,
		List<String> particles) {

	public NormalisedName {
		givenNames = List.copyOf(givenNames);
		particles = List.copyOf(particles);
	}

	/** The surnames there are, first one first. */
	public List<String> surnames() {
		if (firstSurname == null) {
			return secondSurname == null ? List.of() : List.of(secondSurname);
		}
		return secondSurname == null ? List.of(firstSurname) : List.of(firstSurname, secondSurname);
	}
}
