package org.crm.enlace.entry.matrix;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;

/**
 * What the matrix shows. A row stays when its region is one of {@code regions} and its name or code contains the
 * typed text (without regard to accents or case); with requirements or a confirmation chosen, it stays when at least
 * one of its rules has such a requirement and such a confirmation. Empty sets mean "any".
 *
 * @param regions      region keys ({@link Regions}); empty for all
 * @param requirements empty for all
 * @param find         typed text, blank for all
 */
public record MatrixFilter(Set<String> regions, Set<Requirement> requirements, Confirmation confirmation,
		String find) {

	public static final MatrixFilter ALL = new MatrixFilter(Set.of(), Set.of(), Confirmation.ANY, "");

	public MatrixFilter {
		regions = Set.copyOf(regions);
		requirements = Set.copyOf(requirements);
		find = find == null ? "" : find;
	}

	public MatrixFilter withRegions(Set<String> chosen) {
		return new MatrixFilter(chosen, requirements, confirmation, find);
	}

	public MatrixFilter withRequirements(Set<Requirement> chosen) {
		return new MatrixFilter(regions, chosen, confirmation, find);
	}

	public MatrixFilter withConfirmation(Confirmation chosen) {
		return new MatrixFilter(regions, requirements, chosen, find);
	}

	public MatrixFilter withFind(String typed) {
		return new MatrixFilter(regions, requirements, confirmation, typed);
	}

	public List<MatrixRow> apply(List<MatrixRow> rows) {
		String folded = Folding.fold(find);
		return rows.stream()
				.filter(row -> regions.isEmpty() || regions.contains(row.region()))
				.filter(row -> folded.isEmpty() || Folding.fold(row.name()).contains(folded)
						|| row.nationality().toLowerCase(java.util.Locale.ROOT).contains(folded))
				.filter(row -> (requirements.isEmpty() && confirmation == Confirmation.ANY)
						|| row.rules().values().stream().anyMatch(this::keeps))
				.toList();
	}

	/** Whether a cell matches the requirement and confirmation chosen (the view dims the others). */
	public boolean keeps(EntryRule rule) {
		return (requirements.isEmpty() || requirements.contains(rule.getRequirement())) && confirmed().test(rule);
	}

	private Predicate<EntryRule> confirmed() {
		return switch (confirmation) {
		case ANY -> r -> true;
		case CONFIRMED -> r -> r.getConfirmationStatus() == ConfirmationStatus.CONFIRMED;
		case UNCONFIRMED -> r -> r.getConfirmationStatus() != ConfirmationStatus.CONFIRMED;
		};
	}
}
