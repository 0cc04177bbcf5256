package org.crm.enlace.search;

/** One match: the record's id and Lucene's relevance score (higher is better; comparable within one search only). */
public record SearchHit(String id, float score) {
}
