package org.crm.enlace.linkage.synthetic;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crm.enlace.linkage.MatchedPair;

/**
 * Pairwise precision, recall and F1 of linkage against the ground truth: a true pair is two records of the same
 * person; a reported pair is right when the truth puts both records in the same person.
 */
public record LinkageQuality(long reported, long correct, long truePairs) {

	public double precision() {
		return reported == 0 ? 1 : (double) correct / reported;
	}

	public double recall() {
		return truePairs == 0 ? 1 : (double) correct / truePairs;
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	/** The truth file {@code id,personId} as a map. */
	public static Map<String, String> readTruth(Reader reader) throws IOException {
		Map<String, String> truth = new HashMap<>();
		for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(reader)) {
			truth.put(record.get("id"), record.get("personId"));
		}
		return truth;
	}

	/** Pairs {@code idA,idB,score} as the match command writes them. */
	public static List<MatchedPair> readPairs(Reader reader) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
				.map(r -> new MatchedPair(r.get("idA"), r.get("idB"), Double.parseDouble(r.get("score")))).toList();
	}

	public static LinkageQuality of(List<MatchedPair> pairs, Map<String, String> truth) {
		Map<String, Long> sizes = new HashMap<>();
		truth.values().forEach(person -> sizes.merge(person, 1L, Long::sum));
		long truePairs = sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
		long correct = pairs.stream().filter(pair -> {
			String a = truth.get(pair.idA());
			return a != null && a.equals(truth.get(pair.idB()));
		}).count();
		return new LinkageQuality(pairs.size(), correct, truePairs);
	}
}
