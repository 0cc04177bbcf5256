package org.crm.enlace.specimens.ui;

import java.util.HashMap;
import java.util.Map;

import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Opens the false-document alert editor: on a stored alert, or on a new alert of the user's country, e.g. "New
 * alert on this specimen" from the register or the viewer. An editor already open on the alert is shown instead.
 */
public final class AlertEditors {

	public static final String DESCRIPTOR = "enlace.specimens.ui.partdescriptor.alertEditor";
	/** The transient data key of the alert's record id; absent for a new alert. */
	public static final String ALERT_ID = "enlace.specimens.alert.id";
	/** The transient data key of the specimen a new alert imitates. */
	public static final String IMITATED_ID = "enlace.specimens.alert.imitated";

	private AlertEditors() {
	}

	public static MPart open(EPartService parts, MPart beside, FalseDocumentAlert alert) {
		Map<String, Object> data = new HashMap<>();
		data.put(ALERT_ID, alert.getId());
		return EditorOpening.open(parts, beside, DESCRIPTOR, ALERT_ID, alert.getId(), data);
	}

	/** @param imitated the genuine specimen the false document imitates, or {@code null} to choose it in the editor */
	public static MPart openNew(EPartService parts, MPart beside, DocumentSpecimen imitated) {
		Map<String, Object> data = new HashMap<>();
		if (imitated != null) {
			data.put(IMITATED_ID, imitated.getId());
		}
		return EditorOpening.open(parts, beside, DESCRIPTOR, ALERT_ID, null, data);
	}
}
