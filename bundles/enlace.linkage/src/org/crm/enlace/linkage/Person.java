package org.crm.enlace.linkage;

import java.util.List;

/**
 * A person as the exchange format holds one (issue 6, section 1), with the identifier linkage reports: every field
 * but {@code id} may be null. {@code dateOfBirth} is YYYY-MM-DD, YYYY-MM or YYYY; {@code sex} F, M or X;
 * {@code nationality} ISO 3166-1 alpha-3; {@code mrzName} the name as an MRZ writes it ({@code NUNXXEZ<<JOSE}).
 */
public record Person(String id, String givenNames, String firstSurname, String secondSurname,
		String surnameParticles, String dateOfBirth, String sex, String nationality, List<PersonDocument> documents,
		String mrzName) {

	public Person {
		documents = documents == null ? List.of() : List.copyOf(documents);
	}
}
