package org.crm.enlace.entry.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.entry.EntryQuestions;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.ui.internal.Messages;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;

/** The rules created or changed since a date: what the Secretariat must publish. A row selected goes to History. */
public final class ChangesPart {

	private static final int DEFAULT_DAYS = 30;
	private static final String[] COLUMNS = { "destination", "nationality", "requirement", "confirmed", "modified" };

	private EntryQuestions questions;
	private Text since;
	private Label problem;
	private Table changes;

	@PostConstruct
	void create(Composite parent, RecordRepository repository, Clock clock, ESelectionService selection) {
		questions = new EntryQuestions(repository);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.get("changes.since"));
		since = new Text(parent, SWT.BORDER);
		since.setData(MatrixPart.WIDGET_ID, "changes.since");
		since.setText(clock.today().minusDays(DEFAULT_DAYS).toString());
		since.addListener(SWT.DefaultSelection, e -> list());
		problem = new Label(parent, SWT.NONE);
		problem.setData(MatrixPart.WIDGET_ID, "changes.count");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		changes = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		changes.setData(MatrixPart.WIDGET_ID, "changes.table");
		changes.setHeaderVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(changes);
		for (String column : COLUMNS) {
			TableColumn header = new TableColumn(changes, SWT.NONE);
			header.setText(Messages.get("changes.column." + column));
			header.setWidth(column.equals("modified") ? 260 : 120);
		}
		changes.addListener(SWT.Selection, e -> selection.setSelection(e.item == null ? null : e.item.getData()));
		list();
	}

	/** Lists the changes since the date typed (YYYY-MM-DD). */
	public void list() {
		changes.removeAll();
		LocalDate day;
		try {
			day = LocalDate.parse(since.getText().strip());
		} catch (DateTimeParseException e) {
			problem.setText(Messages.get("changes.badDate"));
			return;
		}
		for (EntryRule rule : questions.changedSince(day)) {
			TableItem item = new TableItem(changes, SWT.NONE);
			item.setData(rule);
			item.setText(new String[] { rule.getDestination(), rule.getNationality(), RuleText.requirement(rule),
					RuleText.confirmation(rule), rule.getModifiedAt() + " " + rule.getModifiedBy() });
		}
		problem.setText(Messages.format("changes.count", changes.getItemCount()));
		for (TableColumn column : changes.getColumns()) {
			column.pack(); // the longest requirement ("Sin visa (días de estancia) 90") is read whole
		}
	}
}
