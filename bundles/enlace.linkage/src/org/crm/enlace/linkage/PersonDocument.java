package org.crm.enlace.linkage;

/** An identity document of a person, as the exchange format holds it; any part may be null. */
public record PersonDocument(String type, String number, String issuingState, String expiry) {
}
