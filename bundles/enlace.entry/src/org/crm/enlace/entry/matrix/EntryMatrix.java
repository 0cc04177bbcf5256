package org.crm.enlace.entry.matrix;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.EntryRule;

/**
 * The matrix as a table: one row per nationality that has a rule, a column per member destination. Of two rules for
 * the same pair (one ended, one in effect), the one in effect since the latest day is shown.
 */
public final class EntryMatrix {

	private static final Comparator<EntryRule> LATEST = Comparator.comparing(EntryRule::getEffectiveFrom,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private final List<String> destinations;
	private final List<MatrixRow> rows;

	private EntryMatrix(List<String> destinations, List<MatrixRow> rows) {
		this.destinations = destinations;
		this.rows = rows;
	}

	/** Every rule the user may see, read once. */
	public static EntryMatrix read(RecordRepository repository, Locale locale) {
		return of(repository.findAll(EntryPackage.Literals.ENTRY_RULE, EntryRule.class), locale);
	}

	public static EntryMatrix of(Collection<EntryRule> rules, Locale locale) {
		Map<String, Map<String, EntryRule>> byNationality = new TreeMap<>();
		for (EntryRule rule : rules) {
			byNationality.computeIfAbsent(rule.getNationality(), n -> new HashMap<>()).merge(rule.getDestination(),
					rule, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
		}
		List<MatrixRow> rows = byNationality.entrySet().stream()
				.map(e -> new MatrixRow(e.getKey(), Nationalities.name(e.getKey(), locale),
						Regions.of(e.getKey()).orElse(""), e.getValue()))
				.toList();
		return new EntryMatrix(EntryRules.destinations(), rows);
	}

	/** The member destinations, the matrix's columns, in the catalogue's order. */
	public List<String> destinations() {
		return destinations;
	}

	/** Every row, by nationality code. */
	public List<MatrixRow> rows() {
		return rows;
	}
}
