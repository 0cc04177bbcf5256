package org.crm.enlace.specimens.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * The fields {@link AttributeForm} does not make: a check box for a yes/no attribute and a whole number that may be
 * a primitive (a page count, an age). Every change is a command; a number that cannot be read is kept as a problem
 * and not applied.
 */
final class CommandFields {

	private final EditingDomain domain;
	private final List<Runnable> shows = new ArrayList<>();
	private final List<Runnable> commits = new ArrayList<>();
	private final Map<Text, Problem> unreadable = new LinkedHashMap<>();

	CommandFields(EditingDomain domain) {
		this.domain = domain;
	}

	Button checkbox(Composite parent, EObject object, EAttribute attribute, String text, String widgetId) {
		Button box = new Button(parent, SWT.CHECK);
		box.setText(text);
		box.setData(AttributeForm.WIDGET_ID, widgetId);
		box.addListener(SWT.Selection, e -> apply(object, attribute, box.getSelection()));
		shows.add(() -> box.setSelection(Boolean.TRUE.equals(object.eGet(attribute))));
		box.setSelection(Boolean.TRUE.equals(object.eGet(attribute)));
		return box;
	}

	/** A whole number; empty means "not given" where the attribute allows it (an Integer), else it is a problem. */
	Text number(Composite parent, EObject object, EAttribute attribute, String label, String widgetId, int width) {
		Text text = new Text(parent, SWT.BORDER | SWT.RIGHT);
		text.setData(AttributeForm.WIDGET_ID, widgetId);
		GridDataFactory.swtDefaults().hint(width, SWT.DEFAULT).applyTo(text);
		Runnable commit = () -> {
			String typed = text.getText().trim();
			boolean nullable = attribute.getEAttributeType().getInstanceClass() == Integer.class;
			if (typed.isEmpty() && nullable) {
				unreadable.remove(text);
				apply(object, attribute, null);
			} else if (typed.matches("\\d{1,9}")) {
				unreadable.remove(text);
				apply(object, attribute, Integer.valueOf(typed));
			} else {
				unreadable.put(text, new Problem(attribute.getName(), Messages.format("editor.number.invalid", label)));
			}
		};
		text.addListener(SWT.FocusOut, e -> commit.run());
		text.addListener(SWT.DefaultSelection, e -> commit.run());
		commits.add(commit);
		Runnable show = () -> {
			if (!unreadable.containsKey(text)) {
				text.setText(Objects.toString(object.eGet(attribute), ""));
			}
		};
		shows.add(show);
		show.run();
		return text;
	}

	void showModel() {
		shows.forEach(Runnable::run);
	}

	void commitAll() {
		commits.forEach(Runnable::run);
	}

	List<Problem> unreadableFields() {
		return List.copyOf(unreadable.values());
	}

	private void apply(EObject object, EAttribute attribute, Object value) {
		if (!Objects.equals(object.eGet(attribute), value)) {
			domain.getCommandStack().execute(SetCommand.create(domain, object, attribute, value));
		}
	}
}
