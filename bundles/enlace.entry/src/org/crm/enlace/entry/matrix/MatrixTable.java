package org.crm.enlace.entry.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.entry.internal.Messages;

/**
 * The matrix as every export writes it: a header (code, nationality, region, one column per destination) and one
 * line of text per row, each cell as the screen shows it ({@link RequirementCodes#cell}). Exports differ in format
 * only, never in content.
 */
public record MatrixTable(List<String> header, List<List<String>> lines) {

	public static MatrixTable of(List<MatrixRow> rows, List<String> destinations, Locale locale) {
		List<String> header = new ArrayList<>(List.of(Messages.format("export.column.code"),
				Messages.format("export.column.nationality"), Messages.format("export.column.region")));
		header.addAll(destinations);
		List<List<String>> lines = rows.stream().map(row -> {
			List<String> line = new ArrayList<>(
					List.of(row.nationality(), row.name(), row.region().isEmpty() ? "" : Regions.name(row.region())));
			destinations.forEach(d -> line.add(row.rule(d).map(RequirementCodes::cell).orElse("")));
			return List.copyOf(line);
		}).toList();
		return new MatrixTable(List.copyOf(header), lines);
	}

	/** The legend: each code with its requirement's name, and what the unconfirmed mark means. */
	public static List<String> legend() {
		List<String> legend = new ArrayList<>();
		RequirementCodes.STRICTNESS.forEach(r -> legend.add(RequirementCodes.code(r) + " = " + RequirementCodes.label(r)));
		legend.add(RequirementCodes.UNCONFIRMED_MARK + " = " + Messages.format("legend.unconfirmed"));
		return legend;
	}
}
