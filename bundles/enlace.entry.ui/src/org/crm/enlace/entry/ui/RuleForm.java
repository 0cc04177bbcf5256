package org.crm.enlace.entry.ui;

import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.entry.matrix.RequirementCodes;
import org.crm.enlace.entry.model.EntryException;
import org.crm.enlace.entry.model.EntryFactory;
import org.crm.enlace.entry.model.EntryPackage.Literals;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.ExceptionKind;
import org.crm.enlace.entry.model.Requirement;
import org.crm.enlace.entry.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

/** The rule's own fields, and its exceptions as a list to add to and remove from, each an undoable command. */
final class RuleForm {

	private final AttributeForm fields;
	private final EntryRule rule;
	private final org.eclipse.swt.widgets.List exceptions;

	RuleForm(Composite parent, EditingDomain domain, EntryRule rule) {
		this.rule = rule;
		Composite form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		fields = new AttributeForm(form, domain, rule,
				List.of(Literals.ENTRY_RULE__REQUIREMENT, Literals.ENTRY_RULE__MAX_STAY_DAYS,
						Literals.ENTRY_RULE__MINORS, Literals.ENTRY_RULE__LEGAL_BASIS, Literals.ENTRY_RULE__SOURCE,
						Literals.ENTRY_RULE__NOTE, Literals.ENTRY_RULE__EFFECTIVE_FROM,
						Literals.ENTRY_RULE__EFFECTIVE_TO),
				"rule", a -> Messages.get("field." + a.getName()),
				l -> l.getEEnum().getName().equals("Requirement")
						? RequirementCodes.label((Requirement) l.getInstance())
						: Messages.get("exception." + l.getName()));

		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.get("field.exceptions"));
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		exceptions = new org.eclipse.swt.widgets.List(group, SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
		exceptions.setData(MatrixPart.WIDGET_ID, "rule.exceptions");
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(exceptions);
		Combo kind = new Combo(group, SWT.READ_ONLY);
		kind.setData(MatrixPart.WIDGET_ID, "rule.exception.kind");
		ExceptionKind.VALUES.forEach(k -> kind.add(Messages.get("exception." + k.getName())));
		kind.select(0);
		Text description = new Text(group, SWT.BORDER);
		description.setData(MatrixPart.WIDGET_ID, "rule.exception.description");
		description.setMessage(Messages.get("exception.description"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(description);
		Button add = new Button(group, SWT.PUSH);
		add.setText(Messages.get("exception.add"));
		add.setData(MatrixPart.WIDGET_ID, "rule.exception.add");
		add.addListener(SWT.Selection, e -> {
			EntryException exception = EntryFactory.eINSTANCE.createEntryException();
			exception.setKind(ExceptionKind.VALUES.get(kind.getSelectionIndex()));
			exception.setDescription(description.getText().isBlank() ? null : description.getText().strip());
			domain.getCommandStack()
					.execute(AddCommand.create(domain, rule, Literals.ENTRY_RULE__EXCEPTIONS, exception));
			description.setText("");
		});
		Button remove = new Button(group, SWT.PUSH);
		remove.setText(Messages.get("exception.remove"));
		remove.setData(MatrixPart.WIDGET_ID, "rule.exception.remove");
		remove.addListener(SWT.Selection, e -> {
			int index = exceptions.getSelectionIndex();
			if (index >= 0) {
				domain.getCommandStack().execute(RemoveCommand.create(domain, rule, Literals.ENTRY_RULE__EXCEPTIONS,
						rule.getExceptions().get(index)));
			}
		});
		showModel();
	}

	List<Problem> unreadableFields() {
		return fields.unreadableFields();
	}

	void commitAll() {
		fields.commitAll();
	}

	void showModel() {
		fields.showModel();
		exceptions.removeAll();
		rule.getExceptions().forEach(x -> exceptions.add(RuleText.exception(x)));
	}
}
