package org.crm.enlace.ui;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.ui.internal.Messages;
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
 * A label and a field for a {@link BigDecimal} attribute (an amount of money, an indicator's target), which
 * {@link AttributeForm} does not read: digits with a point, empty for none. Like the form's fields, a change is an
 * undoable command, and text that is not a number is kept as a problem naming the field, not applied.
 */
public final class DecimalField {

	private final EditingDomain domain;
	private final EObject object;
	private final EAttribute attribute;
	private final String label;
	private final Text text;
	private Optional<Problem> unreadable = Optional.empty();

	/** @param label the field's name in the user's language, also in the problem's words */
	public DecimalField(Composite parent, EditingDomain domain, EObject object, EAttribute attribute, String widgetId,
			String label) {
		this.domain = domain;
		this.object = object;
		this.attribute = attribute;
		this.label = label;
		new Label(parent, SWT.NONE).setText(label);
		text = new Text(parent, SWT.BORDER);
		text.setData(AttributeForm.WIDGET_ID, widgetId);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.FocusOut, e -> commit());
		text.addListener(SWT.DefaultSelection, e -> commit());
		showModel();
	}

	public Optional<Problem> unreadable() {
		return unreadable;
	}

	/** Shows the model's value, unless the field holds text that could not be read (kept for the user to fix). */
	public void showModel() {
		if (unreadable.isEmpty() && !text.isDisposed()) {
			Object value = object.eGet(attribute);
			text.setText(value == null ? "" : ((BigDecimal) value).toPlainString());
		}
	}

	public void commit() {
		String typed = text.getText().strip();
		BigDecimal value;
		try {
			value = typed.isEmpty() ? null : new BigDecimal(typed);
		} catch (NumberFormatException e) {
			unreadable = Optional.of(new Problem(attribute.getName(), Messages.format("bigDecimal.invalid", label)));
			return;
		}
		unreadable = Optional.empty();
		if (!Objects.equals(value, object.eGet(attribute))) {
			domain.getCommandStack().execute(SetCommand.create(domain, object, attribute, value));
		}
	}
}
