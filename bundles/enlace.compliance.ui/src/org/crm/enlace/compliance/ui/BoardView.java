package org.crm.enlace.compliance.ui;

import java.util.List;
import java.util.function.Function;

import org.crm.enlace.compliance.ComplianceRow;
import org.crm.enlace.compliance.ComplianceStatus;
import org.crm.enlace.compliance.Reminder;
import org.crm.enlace.compliance.export.BoardExports;
import org.crm.enlace.compliance.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The board's widgets: a table of country × space (status as text and colour, deadline, days left or late, what is
 * missing), the bar chart comparing countries, and the reminders to send.
 */
public final class BoardView {

	/** Widget ids for UI tests ({@code widget.getData(WIDGET_ID)}). */
	public static final String WIDGET_ID = "enlace.widget";

	private final TableViewer table;
	private final BoardChart chart;
	private final Text reminders;
	private final Color complete;
	private final Color partial;
	private final Color missing;

	public BoardView(Composite parent) {
		complete = new Color(parent.getDisplay(), 200, 230, 201);
		partial = new Color(parent.getDisplay(), 255, 236, 179);
		missing = new Color(parent.getDisplay(), 255, 205, 210);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setData(WIDGET_ID, "compliance.table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("column.country", 60, ComplianceRow::country, false);
		column("column.space", 210, ComplianceRow::spaceLabel, false);
		column("column.status", 130, r -> Messages.get("status." + r.status().name()), true);
		column("column.deadline", 100, r -> r.deadline().toString(), false);
		column("column.days", 130, BoardView::days, false);
		column("column.missing", 520, r -> String.join("; ", r.missing()), false);

		Composite lower = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(lower);
		new Label(lower, SWT.NONE).setText(Messages.get("chart.title"));
		new Label(lower, SWT.NONE).setText(Messages.get("reminders.title"));
		chart = new BoardChart(lower);
		chart.setData(WIDGET_ID, "compliance.chart");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(chart);
		reminders = new Text(lower, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
		reminders.setData(WIDGET_ID, "compliance.reminders");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(reminders);
		sash.setWeights(3, 2);
		sash.addDisposeListener(e -> {
			complete.dispose();
			partial.dispose();
			missing.dispose();
		});
	}

	public void show(List<ComplianceRow> rows, List<Reminder> toSend) {
		table.setInput(rows);
		chart.setRows(rows);
		reminders.setText(toSend.isEmpty() ? Messages.get("reminders.none") : BoardExports.remindersText(toSend));
	}

	public Table table() {
		return table.getTable();
	}

	public BoardChart chart() {
		return chart;
	}

	private static String days(ComplianceRow row) {
		if (row.daysLeft() >= 0) {
			return Messages.format("days.left", row.daysLeft());
		}
		return Messages.format("days.late", -row.daysLeft());
	}

	private void column(String key, int width, Function<ComplianceRow, String> text, boolean coloured) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(Messages.get(key));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ComplianceRow) element);
			}

			@Override
			public Color getBackground(Object element) {
				return coloured ? colour(((ComplianceRow) element).status()) : null;
			}
		});
	}

	private Color colour(ComplianceStatus status) {
		return switch (status) {
		case COMPLETE -> complete;
		case PARTIAL -> partial;
		case MISSING -> missing;
		case NOT_AVAILABLE -> null;
		};
	}
}
