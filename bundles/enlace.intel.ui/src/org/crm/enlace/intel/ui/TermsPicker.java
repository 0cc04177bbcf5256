package org.crm.enlace.intel.ui;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.intel.Terms;
import org.crm.enlace.intel.model.IntelPackage.Literals;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.model.VocabularyTerm;
import org.crm.enlace.intel.ui.internal.Messages;
import org.crm.enlace.intel.ui.internal.Widgets;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The terms of one vocabulary as a checked list, in the user's language; checking or unchecking one is an undoable
 * command on the report's list of codes.
 */
final class TermsPicker {

	private final Table table;
	private final SmugglingReport report;
	private final List<VocabularyTerm> terms;

	TermsPicker(Composite parent, EditingDomain domain, SmugglingReport report, Terms known, String vocabulary) {
		this.report = report;
		this.terms = known.of(vocabulary);
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.get("editor.terms"));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		table = new Table(group, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		table.setData(Widgets.WIDGET_ID, "intel.editor.terms");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 150).applyTo(table);
		for (VocabularyTerm term : terms) {
			new TableItem(table, SWT.NONE).setText(Messages.format("term.line", Terms.label(term, Locale.getDefault()),
					term.getCode(), term.getOwnerCountry()));
		}
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				TableItem item = (TableItem) e.item;
				String code = terms.get(table.indexOf(item)).getCode();
				domain.getCommandStack().execute(item.getChecked()
						? AddCommand.create(domain, report, Literals.SMUGGLING_REPORT__MODUS_OPERANDI, code)
						: RemoveCommand.create(domain, report, Literals.SMUGGLING_REPORT__MODUS_OPERANDI, code));
			}
		});
		showModel();
	}

	void showModel() {
		for (int i = 0; i < terms.size(); i++) {
			table.getItem(i).setChecked(report.getModusOperandi().contains(terms.get(i).getCode()));
		}
	}
}
