package org.crm.enlace.campaigns.ui;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A label and a field for a decimal attribute (an amount of money), typed with a point. Like {@link AttributeForm}'s
 * fields: a change is an undoable command, and text that is not a number is kept as a problem naming the object and
 * the field, not applied.
 */
final class DecimalField {

	private final EditingDomain domain;
	private final EObject object;
	private final EAttribute attribute;
	private final String owner;
	private final Text text;
	private Problem unreadable;

	/** @param owner names the object in a problem ("Patrocinio 2") */
	DecimalField(Composite parent, EditingDomain domain, EObject object, EAttribute attribute, String idPrefix,
			String owner) {
		this.domain = domain;
		this.object = object;
		this.attribute = attribute;
		this.owner = owner;
		new Label(parent, SWT.NONE).setText(label());
		text = new Text(parent, SWT.BORDER);
		text.setData(AttributeForm.WIDGET_ID, idPrefix + "." + attribute.getName());
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.FocusOut, e -> commit());
		text.addListener(SWT.DefaultSelection, e -> commit());
		showModel();
	}

	void showModel() {
		if (unreadable == null) {
			Object value = object.eGet(attribute);
			text.setText(value == null ? "" : ((BigDecimal) value).toPlainString());
		}
	}

	Optional<Problem> unreadable() {
		return Optional.ofNullable(unreadable);
	}

	void commit() {
		String typed = text.getText().trim();
		BigDecimal value;
		try {
			value = typed.isEmpty() ? null : new BigDecimal(typed);
		} catch (NumberFormatException e) {
			unreadable = new Problem(attribute.getName(), Messages.format("editor.decimal.invalid", owner, label()));
			return;
		}
		unreadable = null;
		if (!Objects.equals(value, object.eGet(attribute))) {
			domain.getCommandStack().execute(SetCommand.create(domain, object, attribute, value));
		}
	}

	private String label() {
		return RecordNames.attribute(attribute, Locale.getDefault());
	}
}
