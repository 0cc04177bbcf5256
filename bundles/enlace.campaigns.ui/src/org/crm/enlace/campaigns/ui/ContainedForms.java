package org.crm.enlace.campaigns.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.DecimalField;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The objects a record contains in one list (an adaptation's dissemination events, its sponsorships), one form each.
 * Adding and removing are undoable commands; the forms are rebuilt when the number of objects changes (also on undo).
 * Decimal attributes get a {@link DecimalField}: {@link AttributeForm} reads only text, dates and whole numbers.
 */
final class ContainedForms {

	private final EditingDomain domain;
	private final EObject owner;
	private final EReference list;
	private final List<EAttribute> attributes;
	private final List<EAttribute> decimals;
	private final String idPrefix;
	private final String numberKey;
	private final Group group;
	private final Composite forms;
	private final List<AttributeForm> shown = new ArrayList<>();
	private final List<DecimalField> shownDecimals = new ArrayList<>();

	/**
	 * @param idPrefix  widget ids: {@code <prefix>.add}, {@code <prefix>.<n>.remove}, {@code <prefix>.<n>.<attribute>}
	 *                  with n from 1
	 * @param numberKey the message naming the n-th object ("Evento {0}")
	 */
	ContainedForms(Composite parent, EditingDomain domain, EObject owner, EReference list, List<EAttribute> attributes,
			List<EAttribute> decimals, Supplier<EObject> created, String idPrefix, String numberKey, String addKey) {
		this.domain = domain;
		this.owner = owner;
		this.list = list;
		this.attributes = attributes;
		this.decimals = decimals;
		this.idPrefix = idPrefix;
		this.numberKey = numberKey;
		group = new Group(parent, SWT.NONE);
		group.setText(RecordNames.attribute(list, Locale.getDefault()));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		CampaignForms.button(group, idPrefix + ".add", Messages.format(addKey), () -> domain.getCommandStack()
				.execute(AddCommand.create(domain, owner, list, created.get())));
		forms = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(forms);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(forms);
		rebuild();
	}

	void showModel() {
		if (shown.size() != objects().size()) {
			rebuild();
		} else {
			shown.forEach(AttributeForm::showModel);
			shownDecimals.forEach(DecimalField::showModel);
		}
	}

	void commitAll() {
		shown.forEach(AttributeForm::commitAll);
		shownDecimals.forEach(DecimalField::commit);
	}

	/** The fields that could not be read, each problem naming its object ("Evento 3, Fecha: ..."). */
	List<Problem> unreadableFields() {
		List<Problem> found = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			int number = i + 1;
			shown.get(i).unreadableFields().forEach(p -> found.add(inObject(number, p)));
		}
		for (int i = 0; i < shownDecimals.size(); i++) {
			int number = i / decimals.size() + 1;
			shownDecimals.get(i).unreadable().ifPresent(p -> found.add(inObject(number, p)));
		}
		return found;
	}

	private Problem inObject(int number, Problem problem) {
		return new Problem(problem.field(),
				Messages.format("editor.inObject", Messages.format(numberKey, number), problem.message()));
	}

	private List<?> objects() {
		return (List<?>) owner.eGet(list);
	}

	private void rebuild() {
		for (Control child : forms.getChildren()) {
			child.dispose();
		}
		shown.clear();
		shownDecimals.clear();
		List<?> objects = objects();
		for (int i = 0; i < objects.size(); i++) {
			EObject object = (EObject) objects.get(i);
			String prefix = idPrefix + "." + (i + 1);
			String name = Messages.format(numberKey, i + 1);
			Composite form = new Composite(forms, SWT.BORDER);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
			new Label(form, SWT.NONE).setText(name);
			CampaignForms.button(form, prefix + ".remove", Messages.format("editor.remove", name),
					() -> domain.getCommandStack().execute(RemoveCommand.create(domain, owner, list, object)));
			shown.add(CampaignForms.fields(form, domain, object, attributes, prefix));
			for (EAttribute decimal : decimals) {
				shownDecimals.add(new DecimalField(form, domain, object, decimal, prefix + "." + decimal.getName(),
						RecordNames.attribute(decimal, Locale.getDefault())));
			}
		}
		group.getParent().layout(true, true);
	}
}
