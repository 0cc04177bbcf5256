package org.crm.enlace.search.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.crm.enlace.search.IndexDrift;

/** Compares the committed index with the store's ids and versions, for {@code FullTextIndex.verify}. */
final class IndexComparison {

	private IndexComparison() {
	}

	static IndexDrift compare(IndexReader reader, Map<String, Integer> storedVersions) throws IOException {
		Set<String> toReindex = new HashSet<>();
		Set<String> toRemove = new HashSet<>();
		Set<String> idOnly = Set.of(IndexFields.ID);
		long found = 0;
		for (LeafReaderContext leaf : reader.leaves()) {
			LeafReader segment = leaf.reader();
			Bits live = segment.getLiveDocs();
			NumericDocValues versions = DocValues.getNumeric(segment, IndexFields.VERSION);
			StoredFields stored = segment.storedFields();
			for (int doc = 0; doc < segment.maxDoc(); doc++) {
				if (live != null && !live.get(doc)) {
					continue;
				}
				String id = stored.document(doc, idOnly).get(IndexFields.ID);
				Integer storedVersion = storedVersions.get(id);
				if (storedVersion == null) {
					toRemove.add(id);
					continue;
				}
				found++;
				if (!versions.advanceExact(doc) || versions.longValue() != storedVersion) {
					toReindex.add(id);
				}
			}
		}
		// Each id is in the index once, so a full count means none is missing: the usual case skips the lookups.
		if (found < storedVersions.size()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			for (String id : storedVersions.keySet()) {
				// count, not docFreq: docFreq still counts deleted documents until their segment is merged.
				if (searcher.count(new TermQuery(new Term(IndexFields.ID, id))) == 0) {
					toReindex.add(id);
				}
			}
		}
		return new IndexDrift(toReindex, toRemove);
	}
}
