package org.crm.enlace.records.ui;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Finds the Records, Search or History part of the active perspective (each perspective holds its own, placed by
 * the fragment) and shows it; a perspective without one gets a new part from the descriptor.
 */
public final class RecordParts {

	/** Tag of every Search part, placed or created from the descriptor. */
	public static final String SEARCH_TAG = "enlace.records.search";
	/** Tag of every History part, placed or created from the descriptor. */
	public static final String HISTORY_TAG = "enlace.records.history";
	/** Tag of every Records part, placed or created from the descriptor. */
	public static final String RECORDS_TAG = "enlace.records.list";
	public static final String RECORDS_DESCRIPTOR = "enlace.records.ui.partdescriptor.records";
	public static final String SEARCH_DESCRIPTOR = "enlace.records.ui.partdescriptor.search";
	public static final String HISTORY_DESCRIPTOR = "enlace.records.ui.partdescriptor.history";

	private RecordParts() {
	}

	public static MPart show(MWindow window, EModelService models, EPartService parts, String tag, String descriptor,
			PartState state) {
		MPerspective perspective = models.getActivePerspective(window);
		List<MPart> placed = models.findElements(perspective == null ? window : perspective, null, MPart.class,
				List.of(tag));
		return placed.isEmpty() ? parts.showPart(descriptor, state) : parts.showPart(placed.get(0), state);
	}
}
