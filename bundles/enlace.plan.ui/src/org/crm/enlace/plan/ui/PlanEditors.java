package org.crm.enlace.plan.ui;

import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/**
 * Opens the plan editor beside the work plan part: on a stored plan, on a new edition of one (a draft copy of the
 * user's organization) or on an empty draft.
 */
@Creatable
public final class PlanEditors {

	public static final String DESCRIPTOR = "enlace.plan.ui.partdescriptor.planEditor";
	/** The id of the plan to edit in place. */
	public static final String PLAN_ID = "enlace.plan.id";
	/** The id of the plan a new edition copies. */
	public static final String COPY_OF = "enlace.plan.copyOf";
	/** Set (to anything) for an empty new plan. */
	public static final String EMPTY = "enlace.plan.empty";

	private final EPartService partService;

	@Inject
	public PlanEditors(EPartService partService) {
		this.partService = partService;
	}

	public MPart edit(MPart beside, WorkPlan plan) {
		return open(beside, PLAN_ID, plan.getId());
	}

	public MPart newEdition(MPart beside, WorkPlan plan) {
		return open(beside, COPY_OF, plan.getId());
	}

	public MPart empty(MPart beside) {
		return open(beside, EMPTY, Boolean.TRUE);
	}

	private MPart open(MPart beside, String key, Object value) {
		MPart editor = partService.createPart(DESCRIPTOR);
		editor.getTransientData().put(key, value);
		return partService.showPart(EditorPlacement.addBeside(beside, editor), PartState.ACTIVATE);
	}
}
