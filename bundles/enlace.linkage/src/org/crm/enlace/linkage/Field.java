package org.crm.enlace.linkage;

/** The fields linkage compares, each at one {@link Agreement} level. */
public enum Field {
	GIVEN_NAMES, SURNAMES, DATE_OF_BIRTH, SEX, NATIONALITY, DOCUMENT
}
