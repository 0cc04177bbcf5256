package org.crm.enlace.search;

import java.nio.file.Path;

/** The full-text index service (a DS component); {@link FullTextIndexes} offers the same without OSGi services. */
public interface FullTextIndexFactory {

	/**
	 * Opens the index in this folder, creating it when the folder is missing or empty. A damaged index is wiped and
	 * opens empty with {@link FullTextIndex#needsRebuild()} true.
	 *
	 * @throws SearchException when the folder holds something else ({@code NOT_AN_INDEX}), is in use
	 *                         ({@code LOCKED}) or cannot be written
	 */
	FullTextIndex open(Path folder, VisibilityLabels labels);
}
