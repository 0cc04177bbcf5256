package org.crm.enlace.search;

import java.nio.file.Path;

import javax.crypto.SecretKey;

import org.crm.enlace.search.internal.LuceneFullTextIndex;

/** Opens full-text indexes; see {@link FullTextIndexFactory#open(Path, VisibilityLabels, SecretKey)}. */
public final class FullTextIndexes {

	private FullTextIndexes() {
	}

	/** Without visibility labels. */
	public static FullTextIndex open(Path folder, SecretKey key) {
		return open(folder, VisibilityLabels.NONE, key);
	}

	public static FullTextIndex open(Path folder, VisibilityLabels labels, SecretKey key) {
		return LuceneFullTextIndex.open(folder, labels, key);
	}
}
