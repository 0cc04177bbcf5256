package org.crm.enlace.intel.ui;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The map on its own, as large as the window allows: the routes of what the reports list shows or selects. */
public final class ReportMapPart {

	private RouteMapView view;

	@PostConstruct
	void create(Composite parent, MPart self, ReportEditors editors, @Optional ShownReports shown) {
		parent.setLayout(new FillLayout());
		view = new RouteMapView(parent, report -> editors.open(self, report));
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

	@Focus
	void focus() {
		view.map().setFocus();
	}
}
