package org.crm.enlace.jtf.ui;

import org.crm.enlace.jtf.model.Meeting;
import org.crm.enlace.jtf.model.NationalCommission;
import org.crm.enlace.model.Record;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/** Opens the area's editors beside the Joint Task Force part, on a stored record or on a new one. */
@Creatable
public final class JtfEditors {

	public static final String MEETING_EDITOR = "enlace.jtf.ui.partdescriptor.meetingEditor";
	public static final String COMMISSION_EDITOR = "enlace.jtf.ui.partdescriptor.commissionEditor";
	/** The transient data key of the id of the record an editor opens; absent for a new record. */
	public static final String RECORD_ID = "enlace.jtf.record.id";

	private final EPartService partService;

	@Inject
	public JtfEditors(EPartService partService) {
		this.partService = partService;
	}

	/** @param meeting {@code null} for a new meeting */
	public MPart openMeeting(MPart beside, Meeting meeting) {
		return open(beside, MEETING_EDITOR, meeting);
	}

	/** @param commission {@code null} for a new commission */
	public MPart openCommission(MPart beside, NationalCommission commission) {
		return open(beside, COMMISSION_EDITOR, commission);
	}

	private MPart open(MPart beside, String descriptor, Record record) {
		MPart editor = partService.createPart(descriptor);
		if (record != null) {
			editor.getTransientData().put(RECORD_ID, record.getId());
		}
		return partService.showPart(EditorPlacement.addBeside(beside, editor), PartState.ACTIVATE);
	}
}
