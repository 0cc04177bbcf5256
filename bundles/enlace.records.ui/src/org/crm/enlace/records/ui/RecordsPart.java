package org.crm.enlace.records.ui;

import java.util.Locale;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.records.ui.list.RecordList;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Every record the user may see, of every area, in one list ordered by id, however many there are (a
 * {@link RecordList}: it shows the first page at once and counts the rest meanwhile). The selected record goes to the
 * selection service, so the History view follows it; a double click or Enter brings the History view forward.
 */
public final class RecordsPart {

	private RecordList list;

	@PostConstruct
	void create(Composite parent, RecordRepository repository, ESelectionService selection, MWindow window,
			EModelService models, EPartService parts) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		list = new RecordList(parent, repository, RecordQuery.of(EnlacePackage.Literals.RECORD), Locale.getDefault());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list.control());
		list.onSelection(selection::setSelection);
		list.onOpen(record -> RecordParts.show(window, models, parts, RecordParts.HISTORY_TAG,
				RecordParts.HISTORY_DESCRIPTOR, PartState.VISIBLE));
	}

	/** A record was saved or deleted somewhere: the rows shown are read again and the list counted anew. */
	@Inject
	@Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object eClassName) {
		if (list != null && !list.control().isDisposed()) {
			list.refresh();
		}
	}

	@Focus
	void focus() {
		list.setFocus();
	}
}
