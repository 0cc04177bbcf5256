package org.crm.enlace.training.ui;

import java.util.Optional;

import org.crm.enlace.model.Record;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Opens the session, participant and programme editors beside the training part: on a stored record, or a new
 * session or programme.
 */
public final class TrainingEditors {

	public static final String SESSION_EDITOR = "enlace.training.ui.partdescriptor.sessionEditor";
	public static final String PARTICIPANT_EDITOR = "enlace.training.ui.partdescriptor.participantEditor";
	public static final String PROGRAMME_EDITOR = "enlace.training.ui.partdescriptor.programmeEditor";
	/** The transient-data key of the id of the record to edit; absent for a new session or programme. */
	public static final String RECORD_ID = "enlace.training.record.id";

	private final EPartService partService;

	public TrainingEditors(EPartService partService) {
		this.partService = partService;
	}

	public MPart open(MPart beside, String descriptor, Optional<? extends Record> record) {
		MPart editor = partService.createPart(descriptor);
		record.ifPresent(r -> editor.getTransientData().put(RECORD_ID, r.getId()));
		return partService.showPart(EditorPlacement.addBeside(beside, editor), PartState.ACTIVATE);
	}
}
