package org.crm.enlace.linkage;

/**
 * How far two persons agree on a field: {@code EXACT} (surnames in either order count as the same: forms swap
 * them); {@code CLOSE} (a typo, an initial for a name, one surname missing, day and month swapped, a year off by
 * one); {@code PARTIAL} (a part agrees: one surname, the first given name, the known part of a date);
 * {@code DIFFERENT}; {@code MISSING} on either side, which weighs nothing.
 */
public enum Agreement {
	EXACT, CLOSE, PARTIAL, DIFFERENT, MISSING
}
