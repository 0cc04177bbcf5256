package org.crm.enlace.training.ui;

import java.util.List;

import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The editors' tables of contained rows. */
final class Tables {

	private Tables() {
	}

	/**
	 * A single-selection table whose first column numbers the rows of {@code rows} from 1: the validator names a
	 * row's problem by that number (never by a person's name).
	 */
	static <T> TableViewer numbered(Composite parent, String widgetId, List<T> rows) {
		TableViewer table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData(AttributeForm.WIDGET_ID, widgetId);
		GridDataFactory.fillDefaults().grab(true, false).hint(100, 150).applyTo(table.getTable());
		TextColumns.add(table, Messages.format("column.row"), 45, Object.class,
				row -> Integer.toString(rows.indexOf(row) + 1));
		return table;
	}

	static Button button(Composite parent, String widgetId, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setData(AttributeForm.WIDGET_ID, widgetId);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}
}
