package org.crm.enlace.entry;

import java.util.Optional;

import org.crm.enlace.entry.model.EntryRule;

/**
 * The answer for one destination: the rule that applies, or none known (a destination outside the matrix, a rule
 * not in effect that day, or one the user may not see).
 */
public record EntryAnswer(String destination, Optional<EntryRule> rule) {
}
