package org.crm.enlace.linkage;

/**
 * How far two persons agree on a field: {@code EXACT}; {@code CLOSE} (a typo, an initial for a name, surnames in
 * the other order or one missing, day and month swapped, a year off by one); {@code PARTIAL} (a part agrees: one
 * surname, the first given name, the known part of a date); {@code DIFFERENT}; {@code MISSING} on either side,
 * which weighs nothing.
 */
public enum Agreement {
	EXACT, CLOSE, PARTIAL, DIFFERENT, MISSING
}
