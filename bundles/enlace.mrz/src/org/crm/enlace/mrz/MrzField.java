package org.crm.enlace.mrz;

import java.util.Locale;

import org.crm.enlace.mrz.internal.Messages;

/**
 * The data elements of a machine readable zone, with the characters each may hold. {@link #COMPOSITE} is the
 * composite check digit, which covers several fields and belongs to none.
 */
public enum MrzField {

	DOCUMENT_CODE("documentCode", Kind.LETTERS), ISSUING_STATE("issuingState", Kind.LETTERS),
	NAME("name", Kind.LETTERS), DOCUMENT_NUMBER("documentNumber", Kind.MIXED),
	NATIONALITY("nationality", Kind.LETTERS), DATE_OF_BIRTH("dateOfBirth", Kind.DIGITS), SEX("sex", Kind.LETTERS),
	DATE_OF_EXPIRY("dateOfExpiry", Kind.DIGITS), OPTIONAL_DATA("optionalData", Kind.MIXED),
	OPTIONAL_DATA_2("optionalData2", Kind.MIXED), COMPOSITE("composite", Kind.DIGITS);

	/** What 9303 lets a field hold besides the filler {@code <}: where an OCR confusion can be told. */
	public enum Kind {
		LETTERS, DIGITS, MIXED
	}

	private final String key;
	private final Kind kind;

	MrzField(String key, Kind kind) {
		this.key = key;
		this.kind = kind;
	}

	/** The field's name in JSON and in the {@code checks} object: {@code documentNumber}, {@code composite}... */
	public String key() {
		return key;
	}

	public Kind kind() {
		return kind;
	}

	/** The field's name for a reader, e.g. "el número de documento". */
	public String label(Locale locale) {
		return Messages.get("field." + key, locale);
	}
}
