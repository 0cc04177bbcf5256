package org.crm.enlace.entry;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.crm.enlace.core.country.IsoCountries;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.entry.internal.Messages;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.EntryRule;

/**
 * The questions analysts and the Secretariat ask of the matrix, answered from the user's repository (so only from
 * rules the user may see). A lookup reads the rules of one nationality through the store's index, not the matrix.
 */
public final class EntryQuestions {

	/*
	 * Of several rules for the same pair in effect on a day, a confirmed one wins, then the one in effect since the
	 * latest day, then the one changed last.
	 */
	private static final Comparator<EntryRule> PREFERRED = Comparator
			.comparing((EntryRule r) -> r.getConfirmationStatus() == ConfirmationStatus.CONFIRMED)
			.thenComparing(EntryRule::getEffectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(EntryRule::getModifiedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
	private static final Comparator<EntryRule> BY_PAIR = Comparator.comparing(EntryRule::getDestination)
			.thenComparing(EntryRule::getNationality);

	private final RecordRepository repository;

	public EntryQuestions(RecordRepository repository) {
		this.repository = repository;
	}

	/**
	 * What a national of {@code nationality} needs to enter each destination on {@code day}: one answer per
	 * destination, in the order asked.
	 *
	 * @throws IllegalArgumentException naming the code, when a code is not an ISO 3166-1 alpha-3 code (or XKX)
	 */
	public List<EntryAnswer> toEnter(String nationality, List<String> destinations, LocalDate day) {
		checkCodes(nationality, destinations);
		List<EntryRule> rules = repository.find(RecordQuery.of(EntryPackage.Literals.ENTRY_RULE)
				.where(EntryPackage.Literals.ENTRY_RULE__NATIONALITY, nationality), EntryRule.class);
		return destinations.stream()
				.map(destination -> new EntryAnswer(destination, rules.stream()
						.filter(r -> r.getDestination().equals(destination) && inEffect(r, day))
						.max(PREFERRED)))
				.toList();
	}

	/**
	 * The rules created or changed since the beginning of {@code day} (UTC), by destination and nationality: what
	 * the Secretariat publishes.
	 */
	public List<EntryRule> changedSince(LocalDate day) {
		return repository.find(RecordQuery.of(EntryPackage.Literals.ENTRY_RULE)
				.modifiedBetween(day.atStartOfDay().toInstant(ZoneOffset.UTC), null), EntryRule.class)
				.stream().sorted(BY_PAIR).toList();
	}

	/** @throws IllegalArgumentException naming the first code that is not a country's */
	public static void checkCodes(String nationality, List<String> destinations) {
		Optional<String> unknown = Stream.concat(Stream.of(nationality), destinations.stream())
				.filter(code -> !IsoCountries.isKnown(code)).findFirst();
		if (unknown.isPresent()) {
			throw new IllegalArgumentException(Messages.format("error.unknownCountry", unknown.get()));
		}
	}

	private static boolean inEffect(EntryRule rule, LocalDate day) {
		return (rule.getEffectiveFrom() == null || !rule.getEffectiveFrom().isAfter(day))
				&& (rule.getEffectiveTo() == null || !rule.getEffectiveTo().isBefore(day));
	}
}
