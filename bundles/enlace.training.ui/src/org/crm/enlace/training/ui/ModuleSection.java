package org.crm.enlace.training.ui;

import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.training.Programmes;
import org.crm.enlace.training.model.TrainingModule;
import org.crm.enlace.training.model.TrainingPackage.Literals;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/**
 * The programme's modules, numbered, with buttons to add and remove one (each an undoable command) and a small form
 * for the selected one: code, title, hours and whether it is the victim-identification module.
 */
final class ModuleSection {

	private final EditingDomain domain;
	private final TrainingProgramme programme;
	private final Group group;
	private final TableViewer table;
	private final RowForm form;

	ModuleSection(Composite parent, EditingDomain domain, TrainingProgramme programme, Runnable relayout) {
		this.domain = domain;
		this.programme = programme;
		group = new Group(parent, SWT.NONE);
		group.setText(Messages.format("editor.modules"));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		table = Tables.numbered(group, "programme.modules", programme.getModules());
		TextColumns.add(table, Messages.format("field.code"), 80, TrainingModule.class, TrainingModule::getCode);
		TextColumns.add(table, Messages.format("field.title"), 380, TrainingModule.class, TrainingModule::getTitle);
		TextColumns.add(table, Messages.format("field.hours"), 60, TrainingModule.class,
				m -> m.getHours() == null ? "" : m.getHours().toString());
		TextColumns.add(table, Messages.format("column.victimIdentification"), 140, TrainingModule.class,
				m -> m.isVictimIdentification() ? Messages.format("yes") : "");
		table.setInput(programme.getModules());
		Composite buttons = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		button(buttons, "addModule", this::add);
		button(buttons, "removeModule", this::remove);
		form = new RowForm(group, domain, "programme.module", relayout);
		form.clear(Messages.format("editor.chooseModule"));
		table.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof TrainingModule chosen && chosen != form.row()) {
				form.show(chosen, Literals.TRAINING_MODULE__VICTIM_IDENTIFICATION, List.of(Literals.TRAINING_MODULE__CODE,
						Literals.TRAINING_MODULE__TITLE, Literals.TRAINING_MODULE__HOURS), "");
			}
		});
	}

	/** The table, its buttons and its form, to disable them all. */
	Group control() {
		return group;
	}

	List<Problem> unreadableFields() {
		return form.unreadableFields();
	}

	void commitAll() {
		form.commitAll();
	}

	/** After a change, an undo or a redo: a module no longer in the programme is no longer shown. */
	void showModel() {
		table.refresh();
		if (form.row() != null && !programme.getModules().contains(form.row())) {
			form.clear(Messages.format("editor.chooseModule"));
			table.setSelection(null);
		}
		form.showModel();
	}

	private void add() {
		TrainingModule module = Programmes.newModule(null, null, false);
		domain.getCommandStack().execute(AddCommand.create(domain, programme, Literals.TRAINING_PROGRAMME__MODULES,
				module));
		table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(module), true);
	}

	private void remove() {
		if (form.row() instanceof TrainingModule module) {
			domain.getCommandStack().execute(RemoveCommand.create(domain, programme,
					Literals.TRAINING_PROGRAMME__MODULES, module));
		}
	}

	private static void button(Composite parent, String key, Runnable action) {
		Tables.button(parent, "programme." + key, Messages.format("button." + key), action);
	}
}
