package org.crm.enlace.training.ui;

import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The small form under a table for the row selected in it (an enrolment, a module): a check box for its yes/no
 * attribute and a field for each other one, every change a command on the editor's stack. Made again for each row
 * selected; read-only, with a line saying why, for a row the user may not change.
 */
final class RowForm {

	private final Composite form;
	private final EditingDomain domain;
	private final String widgetPrefix;
	private final Runnable relayout;
	private EObject row;
	private EAttribute flagAttribute;
	private Button flag;
	private AttributeForm fields;

	RowForm(Composite parent, EditingDomain domain, String widgetPrefix, Runnable relayout) {
		this.domain = domain;
		this.widgetPrefix = widgetPrefix;
		this.relayout = relayout;
		form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
	}

	/** No row: only a hint of what selecting one does. */
	void clear(String hint) {
		commitAll();
		empty();
		row = null;
		fields = null;
		Label label = new Label(form, SWT.WRAP);
		label.setText(hint);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
		relayout.run();
	}

	/** @param readOnlyBecause empty for a row the user may change, else the line that says why not */
	void show(EObject selected, EAttribute flagOf, List<EAttribute> attributes, String readOnlyBecause) {
		commitAll();
		empty();
		row = selected;
		flagAttribute = flagOf;
		if (!readOnlyBecause.isEmpty()) {
			Label note = new Label(form, SWT.WRAP);
			note.setText(readOnlyBecause);
			note.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".readOnly");
			GridDataFactory.fillDefaults().span(2, 1).applyTo(note);
		}
		new Label(form, SWT.NONE).setText(Messages.format("field." + flagOf.getName()));
		flag = new Button(form, SWT.CHECK);
		flag.setData(AttributeForm.WIDGET_ID, widgetPrefix + "." + flagOf.getName());
		flag.addListener(SWT.Selection, e -> domain.getCommandStack()
				.execute(SetCommand.create(domain, selected, flagOf, flag.getSelection())));
		fields = new AttributeForm(form, domain, selected, attributes, widgetPrefix,
				a -> Messages.format("field." + a.getName()), l -> l.getLiteral());
		List.of(form.getChildren()).forEach(c -> c.setEnabled(readOnlyBecause.isEmpty()));
		showModel();
		relayout.run();
	}

	/** The row shown, if any. */
	EObject row() {
		return row;
	}

	void showModel() {
		if (fields != null) {
			flag.setSelection(Boolean.TRUE.equals(row.eGet(flagAttribute)));
			fields.showModel();
		}
	}

	List<Problem> unreadableFields() {
		return fields == null ? List.of() : fields.unreadableFields();
	}

	void commitAll() {
		if (fields != null) {
			fields.commitAll();
		}
	}

	private void empty() {
		for (Control child : form.getChildren()) {
			child.dispose();
		}
	}
}
