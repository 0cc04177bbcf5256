package org.crm.enlace.specimens.internal.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A demo document's holder: names that say they are a specimen's, never a person's. */
public record Holder(String surname, String givenNames, LocalDate birthDate, char sex, LocalDate issued,
		LocalDate expires) {

	private static final DateTimeFormatter MRZ_DATE = DateTimeFormatter.ofPattern("yyMMdd");

	String mrzName() {
		return surname.replace(' ', '<') + "<<" + givenNames.replace(' ', '<');
	}

	String birth() {
		return MRZ_DATE.format(birthDate);
	}

	String expiry() {
		return MRZ_DATE.format(expires);
	}
}
