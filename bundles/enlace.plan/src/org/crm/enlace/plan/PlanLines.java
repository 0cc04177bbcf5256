package org.crm.enlace.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crm.enlace.plan.model.PlanFactory;
import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.PlanPackage.Literals;
import org.crm.enlace.plan.model.WorkPlan;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * The lines a plan's editor adds: which kinds of line go under which, and a new line with a key unique in the plan.
 * A new key is made once from the parent's and never from the line's code, so follow-up written against it still
 * points at it after the code is corrected.
 */
public final class PlanLines {

	/** The letter a key gives each kind of line, as the seed's keys do ({@code -O1}, {@code -I1}...). */
	private static final Map<EReference, String> KEY_LETTERS = Map.ofEntries(
			Map.entry(Literals.WORK_PLAN__WORK_AREAS, "WA"), Map.entry(Literals.WORK_AREA__OBJECTIVES, "-O"),
			Map.entry(Literals.OBJECTIVE__RESULTS, "-R"), Map.entry(Literals.RESULT__ACTIVITIES, "-A"),
			Map.entry(Literals.COMMITMENT__INDICATORS, "-I"), Map.entry(Literals.COMMITMENT__TIMELINES, "-T"),
			Map.entry(Literals.COMMITMENT__RESPONSIBLES, "-P"), Map.entry(Literals.COMMITMENT__RESOURCES, "-M"));

	private PlanLines() {
	}

	/** The kinds of line that go under {@code parent}, in the order an editor offers them. */
	public static List<EReference> childFeatures(EObject parent) {
		return parent.eClass().getEAllContainments().stream().filter(KEY_LETTERS::containsKey).toList();
	}

	/** A new, empty line for {@code feature} under {@code parent}, with a key no line of the plan has. */
	public static PlanItem newLine(WorkPlan plan, EObject parent, EReference feature) {
		PlanItem line = (PlanItem) PlanFactory.eINSTANCE.create(feature.getEReferenceType());
		String stem = (parent instanceof PlanItem item ? item.getKey() : "") + KEY_LETTERS.get(feature);
		Set<String> taken = keys(plan);
		int n = ((List<?>) parent.eGet(feature)).size() + 1;
		while (taken.contains(stem + n)) {
			n++;
		}
		line.setKey(stem + n);
		return line;
	}

	/** How messages name a line: its code where it has one, and its key. */
	public static String name(PlanItem item) {
		String key = item.getKey() == null ? "?" : item.getKey();
		return item.getCode() == null || item.getCode().isBlank() ? key : item.getCode() + " (" + key + ")";
	}

	private static Set<String> keys(WorkPlan plan) {
		Set<String> keys = new HashSet<>();
		plan.eAllContents().forEachRemaining(o -> {
			if (o instanceof PlanItem item && item.getKey() != null) {
				keys.add(item.getKey());
			}
		});
		return keys;
	}
}
