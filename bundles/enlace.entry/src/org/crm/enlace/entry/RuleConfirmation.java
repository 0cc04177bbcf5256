package org.crm.enlace.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.entry.internal.Messages;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.ConfirmingParty;
import org.crm.enlace.entry.model.EntryPackage.Literals;
import org.crm.enlace.entry.model.EntryRule;
import org.eclipse.emf.ecore.EAttribute;

/**
 * Confirming a rule: its destination states that the rule is right, on a day, by one of its officials. Only users
 * who may write the rule confirm it, that is the destination's own users ({@link AccessRule#mayWrite}): a
 * confirmation is the destination's statement and is stored in the destination's record.
 * <p>
 * The Secretariat, which the model allows to confirm "on the destination's behalf", cannot write a record the
 * destination owns, and this class does not weaken that rule. Its confirmation is refused here with a reason that
 * says so; it asks the destination instead, with a request the destination applies as its own write
 * ({@link org.crm.enlace.entry.request.ConfirmationRequests}; docs/architecture.md, "Confirmation on a destination's
 * behalf").
 */
public final class RuleConfirmation {

	private RuleConfirmation() {
	}

	/** Why the user may not confirm the rule, in the user's language; empty when the user may. */
	public static Optional<String> refusal(CurrentUser user, EntryRule rule) {
		if (AccessRule.mayWrite(user, rule)) {
			return Optional.empty();
		}
		return Optional.of(Messages.format(AccessRule.seesReleasedToSecretariat(user.country())
				? "confirm.refused.secretariat" : "confirm.refused.other", rule.getDestination()));
	}

	/**
	 * The values a confirmation sets, to apply as one undoable change: confirmed, today, by the user, as the
	 * destination.
	 *
	 * @throws IllegalStateException when {@link #refusal} gives a reason
	 */
	public static Map<EAttribute, Object> values(CurrentUser user, EntryRule rule, LocalDate today) {
		refusal(user, rule).ifPresent(reason -> {
			throw new IllegalStateException(reason);
		});
		Map<EAttribute, Object> values = new LinkedHashMap<>();
		values.put(Literals.ENTRY_RULE__CONFIRMATION_STATUS, ConfirmationStatus.CONFIRMED);
		values.put(Literals.ENTRY_RULE__CONFIRMED_ON, today);
		values.put(Literals.ENTRY_RULE__CONFIRMED_BY, user.userName());
		values.put(Literals.ENTRY_RULE__CONFIRMING_PARTY, ConfirmingParty.DESTINATION);
		return values;
	}
}
