package org.crm.enlace.intel.ui;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.intel.Crossings;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Inject;

/** Opens the border crossing editor beside a part: on a stored crossing, or on a new one at a point of the map. */
@Creatable
public final class CrossingEditors {

	public static final String DESCRIPTOR = "enlace.intel.ui.partdescriptor.crossingEditor";
	public static final String CROSSING_ID = "enlace.intel.crossing.id";
	public static final String LATITUDE = "enlace.intel.crossing.latitude";
	public static final String LONGITUDE = "enlace.intel.crossing.longitude";

	private final EPartService partService;

	@Inject
	public CrossingEditors(EPartService partService) {
		this.partService = partService;
	}

	public MPart open(MPart beside, BorderCrossing crossing) {
		MPart editor = partService.createPart(DESCRIPTOR);
		editor.getTransientData().put(CROSSING_ID, crossing.getId());
		return partService.showPart(EditorPlacement.addBeside(beside, editor), PartState.ACTIVATE);
	}

	/** A new crossing of the user's country at the point (the map's "Add crossing here"). */
	public MPart openNew(MPart beside, double latitude, double longitude) {
		MPart editor = partService.createPart(DESCRIPTOR);
		editor.getTransientData().put(LATITUDE, latitude);
		editor.getTransientData().put(LONGITUDE, longitude);
		return partService.showPart(EditorPlacement.addBeside(beside, editor), PartState.ACTIVATE);
	}

	/** A liaison officer, who keeps the own country's crossings, may add one from the map's context menu. */
	public void offerOnMap(RouteMapView view, MPart beside, CurrentUser user) {
		if (user.role() == Role.LIAISON_OFFICER) {
			view.offerAddCrossing((latitude, longitude) -> openNew(beside, latitude, longitude));
		}
	}


	/** The crossing an editor part was opened on: stored, or new at the point it was given (else 0, 0). */
	static BorderCrossing crossingOf(MPart part, RecordRepository repository, CurrentUser user) {
		Object id = part.getTransientData().get(CROSSING_ID);
		if (id != null) {
			return repository.findById(id.toString()).map(BorderCrossing.class::cast).orElseThrow();
		}
		Object latitude = part.getTransientData().getOrDefault(LATITUDE, 0.0);
		Object longitude = part.getTransientData().getOrDefault(LONGITUDE, 0.0);
		return Crossings.newCrossing(user.country(), (Double) latitude, (Double) longitude);
	}
}
