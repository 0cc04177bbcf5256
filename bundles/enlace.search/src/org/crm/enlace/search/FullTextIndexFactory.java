package org.crm.enlace.search;

import java.nio.file.Path;

import javax.crypto.SecretKey;

/** The full-text index service (a DS component); {@link FullTextIndexes} offers the same without OSGi services. */
public interface FullTextIndexFactory {

	/**
	 * Opens the index in this folder, creating it when the folder is missing or empty. Every file of the index is
	 * encrypted with the key. A damaged index, or one written with another key (or without encryption), is wiped and
	 * opens empty with {@link FullTextIndex#needsRebuild()} true and {@link OpenState#REPLACED_BROKEN}.
	 *
	 * @param key the node's 256-bit AES key for the index, handed over by the record store
	 * @throws SearchException          when the folder holds something else ({@code NOT_AN_INDEX}), is in use
	 *                                  ({@code LOCKED}) or cannot be written
	 * @throws IllegalArgumentException when the key is not a 256-bit AES key
	 */
	FullTextIndex open(Path folder, VisibilityLabels labels, SecretKey key);
}
