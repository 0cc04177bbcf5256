package org.crm.enlace.jtf.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.jtf.ui.internal.Messages;
import org.crm.enlace.jtf.ui.internal.Rows;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * One list a record contains (a meeting's agenda, participants, decisions or action items): a form per item, an
 * "add" button and a "remove" button per item, each an undoable command. The forms are rebuilt when the number of
 * items changes, also on undo and redo. Widget ids: {@code <prefix>.add}, {@code <prefix>.remove.<i>} and
 * {@code <prefix>.<i>.<attribute>}, counting from 0.
 */
final class ContainedSection {

	private final EditingDomain domain;
	private final EObject owner;
	private final EReference list;
	private final List<EAttribute> attributes;
	private final String prefix;
	private final Group group;
	private final Composite forms;
	private final List<AttributeForm> shown = new ArrayList<>();

	/** @param newItem an empty item, added last */
	ContainedSection(Composite parent, EditingDomain domain, EObject owner, EReference list,
			List<EAttribute> attributes, Supplier<EObject> newItem, String prefix) {
		this.domain = domain;
		this.owner = owner;
		this.list = list;
		this.attributes = attributes;
		this.prefix = prefix;
		group = new Group(parent, SWT.NONE);
		group.setText(Rows.title(list));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		button(group, Messages.format("editor.add", Rows.type(list.getEReferenceType())), prefix + ".add",
				() -> domain.getCommandStack().execute(AddCommand.create(domain, owner, list, newItem.get())));
		forms = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(forms);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(forms);
		rebuild();
	}

	void showModel() {
		if (shown.size() != items().size()) {
			rebuild();
		} else {
			shown.forEach(AttributeForm::showModel);
		}
	}

	void commitAll() {
		shown.forEach(AttributeForm::commitAll);
	}

	/** Text that could not be read, each problem saying which item it is in ("Compromiso 4: Fecha límite: …"). */
	List<Problem> unreadableFields() {
		List<Problem> found = new ArrayList<>();
		String type = Rows.type(list.getEReferenceType());
		for (int i = 0; i < shown.size(); i++) {
			for (Problem problem : shown.get(i).unreadableFields()) {
				found.add(new Problem(list.getName(),
						Messages.format("editor.itemProblem", type, i + 1, problem.message())));
			}
		}
		return found;
	}

	private List<?> items() {
		return (List<?>) owner.eGet(list);
	}

	private void rebuild() {
		for (Control child : forms.getChildren()) {
			child.dispose();
		}
		shown.clear();
		List<?> items = items();
		for (int i = 0; i < items.size(); i++) {
			EObject item = (EObject) items.get(i);
			Composite form = new Composite(forms, SWT.BORDER);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
			new Label(form, SWT.NONE).setText(Messages.format("editor.item", Rows.type(item.eClass()), i + 1));
			button(form, Messages.format("editor.remove"), prefix + ".remove." + i,
					() -> domain.getCommandStack().execute(RemoveCommand.create(domain, owner, list, item)));
			shown.add(new AttributeForm(form, domain, item, attributes, prefix + "." + i, Rows::title,
					l -> Rows.literal(l.getEEnum(), l.getInstance())));
		}
		group.getShell().layout(true, true);
	}

	private static void button(Composite parent, String text, String id, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(AttributeForm.WIDGET_ID, id);
		button.addListener(SWT.Selection, e -> action.run());
	}
}
