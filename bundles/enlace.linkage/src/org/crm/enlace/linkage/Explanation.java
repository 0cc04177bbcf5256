package org.crm.enlace.linkage;

import java.util.Map;

/** Why two persons were judged alike: each field's agreement level and the weight it added, the total and score. */
public record Explanation(String idA, String idB, Map<Field, FieldAgreement> fields, double totalWeight,
		double score) {

	/** One field's level and its weight in bits (negative when it speaks against the pair). */
	public record FieldAgreement(Field field, Agreement level, double weight) {
	}

	public Explanation {
		fields = Map.copyOf(fields);
	}

	public Agreement level(Field field) {
		return fields.get(field).level();
	}

	public double weight(Field field) {
		return fields.get(field).weight();
	}
}
