package org.crm.enlace.search;

import java.nio.file.Path;

import org.crm.enlace.search.internal.LuceneFullTextIndex;

/** Opens full-text indexes; see {@link FullTextIndexFactory#open(Path, VisibilityLabels)}. */
public final class FullTextIndexes {

	private FullTextIndexes() {
	}

	public static FullTextIndex open(Path folder) {
		return open(folder, VisibilityLabels.NONE);
	}

	public static FullTextIndex open(Path folder, VisibilityLabels labels) {
		return LuceneFullTextIndex.open(folder, labels);
	}
}
