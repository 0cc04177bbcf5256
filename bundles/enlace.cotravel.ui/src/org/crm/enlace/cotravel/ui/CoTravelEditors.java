package org.crm.enlace.cotravel.ui;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/** Opens the alert editor beside a part: on a stored alert, or on a new one of the user's country dated today. */
@Creatable
public final class CoTravelEditors {

	public static final String DESCRIPTOR = "enlace.cotravel.ui.partdescriptor.editor";
	public static final String ALERT_ID = "enlace.cotravel.alert.id";

	private final EPartService partService;

	@Inject
	public CoTravelEditors(EPartService partService) {
		this.partService = partService;
	}

	public MPart open(MPart beside, CoTravelAlert alert) {
		MPart editor = partService.createPart(DESCRIPTOR);
		editor.getTransientData().put(ALERT_ID, alert.getId());
		return partService.showPart(EditorPlacement.addBeside(beside, editor), PartState.ACTIVATE);
	}

	public MPart openNew(MPart beside) {
		return partService.showPart(EditorPlacement.addBeside(beside, partService.createPart(DESCRIPTOR)),
				PartState.ACTIVATE);
	}

	/** The alert an editor part was opened on: stored, or new. */
	static CoTravelAlert alertOf(MPart part, RecordRepository repository, CurrentUser user, Clock clock) {
		Object id = part.getTransientData().get(ALERT_ID);
		if (id != null) {
			return repository.findById(id.toString()).map(CoTravelAlert.class::cast).orElseThrow();
		}
		return CoTravelAlerts.newAlert(user.country(), clock.today());
	}
}
