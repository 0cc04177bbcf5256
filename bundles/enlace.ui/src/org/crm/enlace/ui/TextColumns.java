package org.crm.enlace.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A column of a list part's table whose cells are one text of the row's element. */
public final class TextColumns {

	private TextColumns() {
	}

	public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> rowType,
			Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rowType.cast(element));
			}
		});
		return column;
	}
}
