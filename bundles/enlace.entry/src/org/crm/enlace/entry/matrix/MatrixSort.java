package org.crm.enlace.entry.matrix;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.entry.model.EntryRule;

/**
 * Orders of the matrix's rows: by name (as the user's language collates it: "Perú" before "Polonia", not after
 * "Zambia"), by code, by region then name, or by the requirement for one destination, most restrictive first.
 */
public final class MatrixSort {

	private MatrixSort() {
	}

	public static Comparator<MatrixRow> byName(Locale locale) {
		return Comparator.comparing(MatrixRow::name, collator(locale));
	}

	/** Names compared as the language sorts them, without regard to accents or case. */
	public static Collator collator(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		return collator;
	}

	public static Comparator<MatrixRow> byCode() {
		return Comparator.comparing(MatrixRow::nationality);
	}

	public static Comparator<MatrixRow> byRegion(Locale locale) {
		List<String> order = Regions.keys();
		return Comparator.comparingInt((MatrixRow r) -> order.indexOf(r.region())).thenComparing(byName(locale));
	}

	/**
	 * By what a national needs for {@code destination}: the strictest requirement first (see
	 * {@link RequirementCodes#STRICTNESS}), then the shortest stay; rows without a rule last; then by name.
	 */
	public static Comparator<MatrixRow> byDestination(String destination, Locale locale) {
		Comparator<EntryRule> strict = Comparator.comparingInt((EntryRule r) -> RequirementCodes.strictness(r.getRequirement()))
				.thenComparing(EntryRule::getMaxStayDays, Comparator.nullsLast(Comparator.naturalOrder()));
		return Comparator.comparing((MatrixRow r) -> r.rules().get(destination), Comparator.nullsLast(strict))
				.thenComparing(byName(locale));
	}
}
