package org.crm.enlace.entry.matrix;

import java.util.Map;
import java.util.Optional;

import org.crm.enlace.entry.model.EntryRule;

/**
 * One nationality of the matrix: its name in the user's language, its region and its rule for each destination
 * (a destination without a rule the user may see has none).
 */
public record MatrixRow(String nationality, String name, String region, Map<String, EntryRule> rules) {

	public MatrixRow {
		rules = Map.copyOf(rules);
	}

	public Optional<EntryRule> rule(String destination) {
		return Optional.ofNullable(rules.get(destination));
	}
}
