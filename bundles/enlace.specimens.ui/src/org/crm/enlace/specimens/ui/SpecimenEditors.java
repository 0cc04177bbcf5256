package org.crm.enlace.specimens.ui;

import java.util.HashMap;
import java.util.Map;

import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Opens the specimen editor: "New specimen" (of the user's country) and "Edit specimen" of the register and the
 * viewer. An editor already open on the specimen is shown instead of a second one.
 */
public final class SpecimenEditors {

	public static final String DESCRIPTOR = "enlace.specimens.ui.partdescriptor.specimenEditor";
	/** The transient data key of the specimen's record id; absent for a new specimen. */
	public static final String SPECIMEN_ID = "enlace.specimens.specimen.id";

	private SpecimenEditors() {
	}

	/**
	 * @param beside   the part it opens beside (the register), or {@code null}
	 * @param specimen {@code null} for a new specimen of the user's country
	 */
	public static MPart open(EPartService parts, MPart beside, DocumentSpecimen specimen) {
		Map<String, Object> data = new HashMap<>();
		String id = specimen == null ? null : specimen.getId();
		if (id != null) {
			data.put(SPECIMEN_ID, id);
		}
		return EditorOpening.open(parts, beside, DESCRIPTOR, SPECIMEN_ID, id, data);
	}
}
