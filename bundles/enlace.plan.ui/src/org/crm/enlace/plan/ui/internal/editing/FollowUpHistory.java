package org.crm.enlace.plan.ui.internal.editing;

import java.util.Comparator;
import java.util.List;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.plan.model.ActivityUpdate;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * An activity's status history, newest first: the day, the status then, the note, the records that evidence it
 * (by title) and the organization that wrote it.
 */
public final class FollowUpHistory {

	private final RecordRepository repository;
	private final Table table;

	public FollowUpHistory(Composite parent, RecordRepository repository) {
		this.repository = repository;
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setData(AttributeForm.WIDGET_ID, "plan.history");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(table);
		for (String key : List.of("history.date", "history.status", "history.note", "history.evidence",
				"history.by")) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(Messages.format(key));
			column.setWidth(key.equals("history.note") || key.equals("history.evidence") ? 240 : 90);
		}
	}

	public void show(List<ActivityUpdate> updates) {
		table.removeAll();
		updates.stream().sorted(Comparator.comparing(ActivityUpdate::getDate).reversed()).forEach(u -> {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { u.getDate().toString(),
					u.getStatus() == null ? "" : Messages.format("status." + u.getStatus().getName()),
					u.getNote() == null ? "" : u.getNote(),
					String.join("; ", u.getEvidence().stream().map(l -> EvidenceTitles.of(repository, l)).toList()),
					u.getOwnerCountry() == null ? "" : u.getOwnerCountry() });
		});
	}
}
