package org.crm.enlace.linkage;

/** Two persons judged to be the same, with the score in [0, 1]; 1 for a pair an analyst confirmed. */
public record MatchedPair(String idA, String idB, double score) {
}
