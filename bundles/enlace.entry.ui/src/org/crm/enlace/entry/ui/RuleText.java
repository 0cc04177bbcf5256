package org.crm.enlace.entry.ui;

import org.crm.enlace.entry.matrix.RequirementCodes;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryException;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.ui.internal.Messages;

/** A rule, its exceptions and its confirmation as text for people: on screen only, never logged. */
final class RuleText {

	private RuleText() {
	}

	static String of(EntryRule rule) {
		return String.join("\n", requirement(rule), String.valueOf(rule.getSource()), confirmation(rule),
				rule.getEffectiveFrom() + " → " + rule.getEffectiveTo());
	}

	/** "Visa free 90" */
	static String requirement(EntryRule rule) {
		return RequirementCodes.label(rule.getRequirement())
				+ (rule.getMaxStayDays() == null ? "" : " " + rule.getMaxStayDays());
	}

	static String exception(EntryException exception) {
		String kind = Messages.get("exception." + exception.getKind().getName());
		return exception.getDescription() == null ? kind : kind + ": " + exception.getDescription();
	}

	static String confirmation(EntryRule rule) {
		if (rule.getConfirmationStatus() != ConfirmationStatus.CONFIRMED) {
			return Messages.get("confirmation.none");
		}
		return Messages.format("confirmation.done", rule.getConfirmedOn(), rule.getConfirmedBy(),
				rule.isSetConfirmingParty() ? Messages.get("party." + rule.getConfirmingParty().getName()) : "—");
	}
}
