package org.crm.enlace.specimens.ui;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/** Opens a specimen's viewer, or a compare, beside the part it is opened from. */
@Creatable
public final class SpecimenViewers {

	public static final String VIEWER = "enlace.specimens.ui.partdescriptor.viewer";
	public static final String COMPARE = "enlace.specimens.ui.partdescriptor.compare";
	public static final String SPECIMEN_ID = "enlace.specimens.specimen.id";
	public static final String ALERT_ID = "enlace.specimens.alert.id";

	private final EPartService partService;

	@Inject
	public SpecimenViewers(EPartService partService) {
		this.partService = partService;
	}

	public MPart open(MPart beside, DocumentSpecimen specimen) {
		MPart viewer = partService.createPart(VIEWER);
		viewer.getTransientData().put(SPECIMEN_ID, specimen.getId());
		viewer.setLabel(specimen.getIssuingState() + " " + specimen.getDocumentCode() + " "
				+ (specimen.getSeries() == null ? "" : specimen.getSeries()).strip());
		return partService.showPart(EditorPlacement.addBeside(beside, viewer), PartState.ACTIVATE);
	}

	/** The specimen on the left; on the right the alert's images, or nothing yet when {@code alertId} is null. */
	public MPart compare(MPart beside, String specimenId, String alertId) {
		MPart compare = partService.createPart(COMPARE);
		compare.getTransientData().put(SPECIMEN_ID, specimenId);
		if (alertId != null) {
			compare.getTransientData().put(ALERT_ID, alertId);
		}
		return partService.showPart(EditorPlacement.addBeside(beside, compare), PartState.ACTIVATE);
	}

	/** The record an opened part names in its transient data. */
	static <T> T recordOf(MPart part, String key, RecordRepository repository, Class<T> type) {
		Object id = part.getTransientData().get(key);
		return id == null ? null : repository.findById(id.toString()).filter(type::isInstance).map(type::cast)
				.orElse(null);
	}
}
