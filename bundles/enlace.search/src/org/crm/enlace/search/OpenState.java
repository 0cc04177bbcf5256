package org.crm.enlace.search;

/** What opening an index found in its folder. All but {@link #EXISTING} start empty and need a rebuild. */
public enum OpenState {
	/** A sound index of this Enlace, opened as it was. */
	EXISTING,
	/** There was no index: a new, empty one was created. */
	CREATED,
	/**
	 * The index was damaged (corrupt, truncated or missing files, unreadable format), or written with another key or
	 * without encryption: it was wiped.
	 */
	REPLACED_BROKEN,
	/** The index was made by an Enlace that indexed differently: it was wiped. */
	REPLACED_OUTDATED
}
