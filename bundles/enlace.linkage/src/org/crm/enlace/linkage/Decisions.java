package org.crm.enlace.linkage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * An analyst's decisions on candidate pairs: confirmed pairs are always reported (score 1), rejected ones never,
 * whatever the scores of later runs. Kept as CSV with the header {@code idA,idB,decision} ({@code confirmed} or
 * {@code rejected}); the pair's order does not matter, the last decision on a pair counts. Records will hold them
 * once the co-travel alert exists.
 */
public final class Decisions {

	/** What an analyst decided about a pair. */
	public enum Decision {
		CONFIRMED, REJECTED
	}

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader("idA", "idB", "decision")
			.setSkipHeaderRecord(true).get();
	private final Map<String, Decision> decisions = new LinkedHashMap<>();

	public static Decisions none() {
		return new Decisions();
	}

	/**
	 * Reads a decisions file; a line with an unknown decision or a missing id is refused with its number (the
	 * exception's error offset).
	 */
	public static Decisions read(Reader reader) throws IOException, ParseException {
		Decisions read = new Decisions();
		for (CSVRecord record : FORMAT.parse(reader)) {
			String decision = record.isMapped("decision") && record.isSet("decision") ? record.get("decision") : "";
			if (!record.isSet("idB") || record.get("idA").isBlank() || record.get("idB").isBlank()
					|| !decision.matches("(?i)confirmed|rejected")) {
				throw new ParseException("decisions: line " + (record.getRecordNumber() + 1),
						(int) record.getRecordNumber() + 1);
			}
			read.decide(record.get("idA"), record.get("idB"), Decision.valueOf(decision.toUpperCase(java.util.Locale.ROOT)));
		}
		return read;
	}

	public void write(Writer writer) throws IOException {
		try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("idA", "idB", "decision").get()
				.print(writer)) {
			for (Map.Entry<String, Decision> entry : decisions.entrySet()) {
				String[] ids = entry.getKey().split("\u0000");
				printer.printRecord(ids[0], ids[1], entry.getValue().name().toLowerCase(java.util.Locale.ROOT));
			}
		}
	}

	public void confirm(String idA, String idB) {
		decide(idA, idB, Decision.CONFIRMED);
	}

	public void reject(String idA, String idB) {
		decide(idA, idB, Decision.REJECTED);
	}

	public void decide(String idA, String idB, Decision decision) {
		String key = key(idA, idB);
		decisions.remove(key);
		decisions.put(key, decision);
	}

	public Optional<Decision> of(String idA, String idB) {
		return Optional.ofNullable(decisions.get(key(idA, idB)));
	}

	public boolean isEmpty() {
		return decisions.isEmpty();
	}

	/** The confirmed pairs, as ids in the order they were decided. */
	public java.util.List<String[]> confirmed() {
		return decisions.entrySet().stream().filter(entry -> entry.getValue() == Decision.CONFIRMED)
				.map(entry -> entry.getKey().split("\u0000")).toList();
	}

	private static String key(String idA, String idB) {
		return idA.compareTo(idB) <= 0 ? idA + '\u0000' + idB : idB + '\u0000' + idA;
	}
}
