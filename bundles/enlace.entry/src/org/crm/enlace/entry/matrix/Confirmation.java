package org.crm.enlace.entry.matrix;

/** Which rules a filter keeps by their confirmation. */
public enum Confirmation {
	ANY,
	CONFIRMED,
	UNCONFIRMED
}
