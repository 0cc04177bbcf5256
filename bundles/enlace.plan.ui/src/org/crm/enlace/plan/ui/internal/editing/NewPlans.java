package org.crm.enlace.plan.ui.internal.editing;

import java.util.Map;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.plan.ui.PlanEditors;

/**
 * The plan an editor opens on, from its part's transient data: a stored plan, a new edition of one, or an empty
 * draft. New plans belong to the user's organization, which is how the Pro Tempore Presidency changes the
 * Secretariat's plan: in a copy of its own.
 */
public final class NewPlans {

	private NewPlans() {
	}

	public static WorkPlan load(RecordRepository repository, CurrentUser user, Map<String, Object> data) {
		if (data.get(PlanEditors.PLAN_ID) instanceof String id) {
			return stored(repository, id);
		}
		WorkPlan plan;
		if (data.get(PlanEditors.COPY_OF) instanceof String id) {
			WorkPlan original = stored(repository, id);
			String edition = nextEdition(original.getEdition());
			plan = Plans.newEdition(original, original.getCode() + "-" + edition);
			plan.setEdition(edition);
		} else {
			plan = Plans.newPlan(null);
		}
		plan.setOwnerCountry(user.country());
		return plan;
	}

	/** "1" → "2"; an edition that is not a number gets "-2" after it. */
	static String nextEdition(String edition) {
		if (edition == null || edition.isBlank()) {
			return "2";
		}
		try {
			return Integer.toString(Integer.parseInt(edition.strip()) + 1);
		} catch (NumberFormatException e) {
			return edition.strip() + "-2";
		}
	}

	private static WorkPlan stored(RecordRepository repository, String id) {
		return repository.findById(id).filter(WorkPlan.class::isInstance).map(WorkPlan.class::cast)
				.orElseThrow(() -> new IllegalStateException("no work plan " + id));
	}
}
