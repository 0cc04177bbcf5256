package org.crm.enlace.records.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Widget;

/** Small helpers the Search and History parts share: widget ids for UI tests and read-only tables. */
public final class Widgets {

	/** Key of the widget ids UI tests look for ({@code widget.getData(ID)}). */
	public static final String ID = "enlace.widget";

	private Widgets() {
	}

	public static <W extends Widget> W id(W widget, String id) {
		widget.setData(ID, id);
		return widget;
	}

	/** A single-selection table whose input is a {@link List}, with header and lines. */
	public static TableViewer table(Composite parent, String id) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		id(viewer.getTable(), id);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/** A column showing {@code text} of each element; its widget id is {@code <table id>.column.<key>}. */
	public static <T> void column(TableViewer viewer, String key, int width, Class<T> type, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(Messages.get("column." + key));
		column.getColumn().setWidth(width);
		id(column.getColumn(), viewer.getTable().getData(ID) + ".column." + key);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
	}

	/** Shows or hides a control in a grid layout, leaving no gap when hidden. */
	public static void shown(Control control, boolean visible) {
		((GridData) control.getLayoutData()).exclude = !visible;
		control.setVisible(visible);
	}
}
