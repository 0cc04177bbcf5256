package org.crm.enlace.entry.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.crm.enlace.entry.internal.Messages;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;

/**
 * The matrix as every export writes it: a header (code, nationality, region, one column per destination) and one
 * line of text per row, each cell as the screen shows it ({@link RequirementCodes#cell}). Exports differ in format
 * only, never in content. The PDF also draws each cell's shade and prints the caption.
 *
 * @param shades  one per cell, in the shape of {@code lines}
 * @param caption when and with which filters the table was taken, and where its rules come from
 */
public record MatrixTable(List<String> header, List<List<String>> lines, List<List<Shade>> shades, Caption caption) {

	/** How a cell is drawn: its requirement's colour (none when filtered out or empty), italics when unconfirmed. */
	public record Shade(Requirement requirement, boolean unconfirmed) {

		public static final Shade NONE = new Shade(null, false);

		public Optional<Requirement> colour() {
			return Optional.ofNullable(requirement);
		}
	}

	/**
	 * @param filters     the filters applied, in words
	 * @param sources     each rule source of the cells shown, with its number of rules, most rules first
	 * @param unconfirmed how many of the cells shown are not confirmed by their destination
	 * @param rules       how many cells shown hold a rule
	 */
	public record Caption(LocalDate exported, String filters, Map<String, Long> sources, long unconfirmed,
			long rules) {
	}

	public static MatrixTable of(List<MatrixRow> rows, List<String> destinations, MatrixFilter filter,
			LocalDate exported, Locale locale) {
		List<String> header = new ArrayList<>(List.of(Messages.format("export.column.code"),
				Messages.format("export.column.nationality"), Messages.format("export.column.region")));
		header.addAll(destinations);
		List<List<String>> lines = new ArrayList<>();
		List<List<Shade>> shades = new ArrayList<>();
		Map<String, Long> sources = new TreeMap<>();
		long unconfirmed = 0;
		long rules = 0;
		for (MatrixRow row : rows) {
			List<String> line = new ArrayList<>(
					List.of(row.nationality(), row.name(), row.region().isEmpty() ? "" : Regions.name(row.region())));
			List<Shade> shade = new ArrayList<>(List.of(Shade.NONE, Shade.NONE, Shade.NONE));
			for (String destination : destinations) {
				Optional<EntryRule> rule = row.rule(destination);
				line.add(rule.map(RequirementCodes::cell).orElse(""));
				shade.add(rule.map(r -> shade(r, filter)).orElse(Shade.NONE));
				if (rule.isPresent()) {
					rules++;
					unconfirmed += isConfirmed(rule.get()) ? 0 : 1;
					sources.merge(String.valueOf(rule.get().getSource()), 1L, Long::sum);
				}
			}
			lines.add(List.copyOf(line));
			shades.add(List.copyOf(shade));
		}
		return new MatrixTable(List.copyOf(header), List.copyOf(lines), List.copyOf(shades),
				new Caption(exported, describe(filter), mostFirst(sources), unconfirmed, rules));
	}

	/** The legend: each code with its requirement's name, and what the unconfirmed mark means. */
	public static List<String> legend() {
		List<String> legend = new ArrayList<>();
		RequirementCodes.STRICTNESS.forEach(r -> legend.add(RequirementCodes.code(r) + " = " + RequirementCodes.label(r)));
		legend.add(RequirementCodes.UNCONFIRMED_MARK + " = " + Messages.format("legend.unconfirmed"));
		return legend;
	}

	private static boolean isConfirmed(EntryRule rule) {
		return rule.getConfirmationStatus() == ConfirmationStatus.CONFIRMED;
	}

	/* As the screen: a cell the filter does not keep is dimmed, without its colour. */
	private static Shade shade(EntryRule rule, MatrixFilter filter) {
		return new Shade(filter.keeps(rule) ? rule.getRequirement() : null, !isConfirmed(rule));
	}

	private static Map<String, Long> mostFirst(Map<String, Long> sources) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		sources.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
				.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/** The filters in words, e.g. "región: Centroamérica; búsqueda: «pe»". */
	static String describe(MatrixFilter filter) {
		List<String> parts = new ArrayList<>();
		if (!filter.regions().isEmpty()) {
			parts.add(Messages.format("export.filter.region",
					String.join(", ", filter.regions().stream().map(Regions::name).sorted().toList())));
		}
		if (!filter.requirements().isEmpty()) {
			parts.add(Messages.format("export.filter.requirement", String.join(", ", RequirementCodes.STRICTNESS
					.stream().filter(filter.requirements()::contains).map(RequirementCodes::label).toList())));
		}
		if (filter.confirmation() != Confirmation.ANY) {
			parts.add(Messages.format("export.filter." + filter.confirmation().name()));
		}
		if (!filter.find().isBlank()) {
			parts.add(Messages.format("export.filter.find", filter.find().strip()));
		}
		return parts.isEmpty() ? Messages.format("export.filter.none")
				: Messages.format("export.filter.some", String.join("; ", parts));
	}
}
