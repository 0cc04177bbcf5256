package org.crm.enlace.entry;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.entry.internal.Messages;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryException;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.ExceptionKind;

/** What must hold before a rule is saved; every problem in the user's language, naming the field. */
public final class EntryRuleValidator {

	private static final int MAX_DAYS = 365;

	private EntryRuleValidator() {
	}

	public static List<Problem> validate(EntryRule rule) {
		List<Problem> problems = new ArrayList<>();
		if (rule.getRequirement() == null) {
			problems.add(new Problem("requirement", Messages.format("rule.problem.requirement")));
		}
		Integer days = rule.getMaxStayDays();
		if (days != null && (days < 1 || days > MAX_DAYS)) {
			problems.add(new Problem("maxStayDays", Messages.format("rule.problem.maxStayDays", days, MAX_DAYS)));
		}
		if (rule.getSource() == null || rule.getSource().isBlank()) {
			problems.add(new Problem("source", Messages.format("rule.problem.source")));
		}
		if (rule.getEffectiveFrom() != null && rule.getEffectiveTo() != null
				&& rule.getEffectiveTo().isBefore(rule.getEffectiveFrom())) {
			problems.add(new Problem("effectiveTo", Messages.format("rule.problem.effectiveTo")));
		}
		if (rule.getConfirmationStatus() == ConfirmationStatus.CONFIRMED
				&& (rule.getConfirmedOn() == null || rule.getConfirmedBy() == null || !rule.isSetConfirmingParty())) {
			problems.add(new Problem("confirmationStatus", Messages.format("rule.problem.confirmation")));
		}
		for (EntryException exception : rule.getExceptions()) {
			if (exception.getKind() == ExceptionKind.OTHER
					&& (exception.getDescription() == null || exception.getDescription().isBlank())) {
				problems.add(new Problem("exceptions", Messages.format("rule.problem.otherException")));
			}
		}
		return problems;
	}
}
