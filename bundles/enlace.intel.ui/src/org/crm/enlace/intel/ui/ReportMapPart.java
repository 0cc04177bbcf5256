package org.crm.enlace.intel.ui;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.intel.Crossings;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The map on its own, as large as the window allows: the routes of what the reports list shows or selects, and the
 * border crossing points users added (a liaison officer adds one from the map's context menu).
 */
public final class ReportMapPart {

	private RouteMapView view;
	private RecordRepository repository;

	@PostConstruct
	void create(Composite parent, MPart self, ReportEditors editors, CrossingEditors crossingEditors,
			RecordRepository repository, CurrentUser user, @Optional ShownReports shown) {
		this.repository = repository;
		parent.setLayout(new FillLayout());
		view = new RouteMapView(parent, report -> editors.open(self, report));
		crossingEditors.offerOnMap(view, self, user);
		view.showCrossings(Crossings.visible(repository));
		if (shown != null) {
			view.show(shown.onMap());
		}
	}

	/* Re-injected whenever the reports list changes what it shows. */
	@Inject
	@Optional
	void show(ShownReports shown) {
		if (view != null && !view.map().isDisposed()) {
			view.show(shown.onMap());
		}
	}

	/* A crossing saved in an editor shows at once. */
	@Inject
	@Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (view != null && !view.map().isDisposed()) {
			view.showCrossings(Crossings.visible(repository));
		}
	}

	@Focus
	void focus() {
		view.map().setFocus();
	}
}
