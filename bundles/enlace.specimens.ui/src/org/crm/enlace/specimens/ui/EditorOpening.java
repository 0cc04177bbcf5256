package org.crm.enlace.specimens.ui;

import java.util.Map;
import java.util.Objects;

import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Opens a record editor: the one already open on the record when there is one (with its unsaved changes, rather than
 * a second copy whose save would go stale), else a new part beside the part it is opened from.
 */
final class EditorOpening {

	private EditorOpening() {
	}

	/**
	 * @param beside   the part the editor opens beside; {@code null}: where the workbench puts new parts
	 * @param recordId {@code null} for a new record
	 * @param data     what the editor reads from its part's transient data (the record id among it)
	 */
	static MPart open(EPartService parts, MPart beside, String descriptor, String idKey, String recordId,
			Map<String, Object> data) {
		if (recordId != null) {
			for (MPart open : parts.getParts()) {
				if (descriptor.equals(open.getElementId())
						&& Objects.equals(recordId, open.getTransientData().get(idKey))) {
					return parts.showPart(open, PartState.ACTIVATE);
				}
			}
		}
		MPart editor = parts.createPart(descriptor);
		editor.getTransientData().putAll(data);
		if (beside != null) {
			EditorPlacement.addBeside(beside, editor);
		}
		return parts.showPart(editor, PartState.ACTIVATE);
	}

	/** Liaison officers enter their country's records (as the other work areas' editors have it). */
	static boolean entersOwnCountrysRecords(CurrentUser user) {
		return user != null && user.role() == Role.LIAISON_OFFICER;
	}

	/** The id an editor part was opened on, or {@code null} for a new record. */
	static String idOf(MPart part, String idKey) {
		Object id = part.getTransientData().get(idKey);
		return id == null ? null : id.toString();
	}
}
