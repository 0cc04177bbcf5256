package org.crm.enlace.search.internal;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import org.crm.enlace.search.FullTextIndex;
import org.crm.enlace.search.FullTextIndexFactory;
import org.crm.enlace.search.VisibilityLabels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** The full-text index service. */
@Component(service = FullTextIndexFactory.class)
public final class LuceneFullTextIndexFactory implements FullTextIndexFactory {

	private final Set<FullTextIndex> openIndexes = ConcurrentHashMap.newKeySet();

	@Override
	public FullTextIndex open(Path folder, VisibilityLabels labels, SecretKey key) {
		FullTextIndex index = LuceneFullTextIndex.open(folder, labels, key, openIndexes::remove);
		openIndexes.add(index);
		return index;
	}

	/** When the bundle stops, indexes left open release their lock; what they did not commit is dropped. */
	@Deactivate
	void closeOpenIndexes() {
		for (FullTextIndex index : Set.copyOf(openIndexes)) {
			index.close();
		}
	}
}
