package org.crm.enlace.plan.ui.internal.editing;

import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A follow-up form's outcome: a status line, and the problems that kept it from being saved, listed. */
final class ProblemList {

	private final Label status;
	private final org.eclipse.swt.widgets.List problems;

	ProblemList(Composite parent, String widgetPrefix, int columns) {
		status = new Label(parent, SWT.WRAP);
		status.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".outcome");
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).applyTo(status);
		problems = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL);
		problems.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".problems");
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).hint(SWT.DEFAULT, 45).applyTo(problems);
	}

	void show(String said, List<Problem> found) {
		status.setText(said);
		problems.removeAll();
		found.forEach(p -> problems.add(p.message()));
	}
}
