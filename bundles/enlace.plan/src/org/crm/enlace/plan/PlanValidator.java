package org.crm.enlace.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.plan.internal.Messages;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.Timeline;
import org.crm.enlace.plan.model.TimelineAnchor;
import org.crm.enlace.plan.model.WorkPlan;
import org.eclipse.emf.ecore.EObject;

/**
 * What keeps a work plan from being saved, as a list: the header's rules, then each line's in the plan's order.
 * A line is named by its code and key, which follow-up records point at; messages never quote its text.
 */
public final class PlanValidator {

	private PlanValidator() {
	}

	public static List<Problem> validate(WorkPlan plan) {
		List<Problem> problems = new ArrayList<>();
		if (blank(plan.getCode())) {
			problems.add(new Problem("code", Messages.get("problem.plan.code")));
		}
		if (blank(plan.getTitleEs())) {
			problems.add(new Problem("titleEs", Messages.get("problem.plan.title")));
		}
		if (plan.getPeriodFrom() != null && plan.getPeriodTo() != null
				&& plan.getPeriodTo().isBefore(plan.getPeriodFrom())) {
			problems.add(new Problem("periodTo", Messages.get("problem.plan.period")));
		}
		Set<String> keys = new HashSet<>();
		for (EObject content : (Iterable<EObject>) plan::eAllContents) {
			if (content instanceof PlanItem item) {
				line(problems, item, keys);
			}
		}
		return problems;
	}

	/**
	 * The plan's rules, and that no line which has follow-up records is gone: an activity with progress (by its key)
	 * or an indicator with values entered (by its indicator code). Removing one would leave that history pointing
	 * at nothing.
	 */
	public static List<Problem> validate(WorkPlan plan, Collection<String> activitiesFollowed,
			Collection<String> indicatorsEntered) {
		List<Problem> problems = new ArrayList<>(validate(plan));
		Set<String> keys = new HashSet<>();
		Set<String> indicatorCodes = new HashSet<>();
		for (EObject content : (Iterable<EObject>) plan::eAllContents) {
			if (content instanceof Indicator indicator) {
				indicatorCodes.add(indicator.getIndicatorCode());
			}
			if (content instanceof PlanItem item) {
				keys.add(item.getKey());
			}
		}
		new TreeSet<>(activitiesFollowed).stream().filter(key -> !keys.contains(key))
				.forEach(key -> problems.add(new Problem("key", Messages.format("problem.line.followedUp", key))));
		new TreeSet<>(indicatorsEntered).stream().filter(code -> !indicatorCodes.contains(code))
				.forEach(code -> problems
						.add(new Problem("indicatorCode", Messages.format("problem.indicator.entered", code))));
		return problems;
	}

	private static void line(List<Problem> problems, PlanItem item, Set<String> keys) {
		String name = PlanLines.name(item);
		if (blank(item.getKey())) {
			problems.add(new Problem("key", Messages.format("problem.line.key", name)));
		} else if (!keys.add(item.getKey())) {
			problems.add(new Problem("key", Messages.format("problem.line.duplicateKey", name)));
		}
		if (blank(item.getTextEs())) {
			problems.add(new Problem("textEs", Messages.format("problem.line.textEs", name)));
		}
		if (item instanceof Indicator indicator) {
			if (blank(indicator.getIndicatorCode())) {
				problems.add(new Problem("indicatorCode", Messages.format("problem.indicator.code", name)));
			}
			if (indicator.getTarget() != null && indicator.getTarget().compareTo(BigDecimal.ZERO) < 0) {
				problems.add(new Problem("target", Messages.format("problem.indicator.target", name)));
			}
		}
		if (item instanceof Timeline timeline) {
			boolean anchored = timeline.getAnchor() != null && timeline.getAnchor() != TimelineAnchor.NONE;
			if (anchored && timeline.getMonthsAfter() == null) {
				problems.add(new Problem("monthsAfter", Messages.format("problem.timeline.months", name)));
			}
			if (timeline.getMonthsAfter() != null && timeline.getMonthsAfter() < 0) {
				problems.add(new Problem("monthsAfter", Messages.format("problem.timeline.negative", name)));
			}
			if (!anchored && timeline.getMonthsAfter() != null) {
				problems.add(new Problem("anchor", Messages.format("problem.timeline.anchor", name)));
			}
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
