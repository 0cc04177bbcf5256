package org.crm.enlace.intel.ui;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.intel.model.IntelPackage.Literals;
import org.crm.enlace.intel.model.SmugglerProfile;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.ui.internal.Messages;
import org.crm.enlace.intel.ui.internal.Widgets;
import org.crm.enlace.ui.AttributeForm;
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
 * The profiles of suspected smugglers, one form each: characteristics, roles (codes of the smuggler-role
 * vocabulary), nationalities, age range and, where the handling allows it, names. Profiles are added and removed by
 * undoable commands; the forms are rebuilt when the number of profiles changes (also on undo).
 */
final class ProfileSection {

	private final EditingDomain domain;
	private final SmugglingReport report;
	private final Group group;
	private final Composite forms;
	private final List<AttributeForm> shown = new ArrayList<>();

	ProfileSection(Composite parent, EditingDomain domain, SmugglingReport report) {
		this.domain = domain;
		this.report = report;
		group = new Group(parent, SWT.NONE);
		group.setText(Messages.get("editor.profiles"));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		new Label(group, SWT.WRAP).setText(Messages.get("profile.namesRule"));
		Widgets.button(group, "profile.add", "intel.editor.addProfile", () -> domain.getCommandStack().execute(
				AddCommand.create(domain, report, Literals.SMUGGLING_REPORT__PROFILES,
						IntelFactory.eINSTANCE.createSmugglerProfile())));
		forms = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(forms);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(forms);
		rebuild();
	}

	void showModel() {
		if (shown.size() != report.getProfiles().size()) {
			rebuild();
		} else {
			shown.forEach(AttributeForm::showModel);
		}
	}

	void commitAll() {
		shown.forEach(AttributeForm::commitAll);
	}

	List<Problem> unreadableFields() {
		return shown.stream().flatMap(f -> f.unreadableFields().stream()).toList();
	}

	private void rebuild() {
		for (Control child : forms.getChildren()) {
			child.dispose();
		}
		shown.clear();
		List<SmugglerProfile> profiles = report.getProfiles();
		for (int i = 0; i < profiles.size(); i++) {
			SmugglerProfile profile = profiles.get(i);
			Composite form = new Composite(forms, SWT.BORDER);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
			new Label(form, SWT.NONE).setText(Messages.format("profile.number", i + 1));
			Widgets.button(form, "profile.remove", "intel.editor.removeProfile." + i,
					() -> domain.getCommandStack().execute(RemoveCommand.create(domain, profile)));
			shown.add(new AttributeForm(form, domain, profile,
					List.of(Literals.SMUGGLER_PROFILE__CHARACTERISTICS, Literals.SMUGGLER_PROFILE__ROLES,
							Literals.SMUGGLER_PROFILE__NATIONALITIES, Literals.SMUGGLER_PROFILE__AGE_FROM,
							Literals.SMUGGLER_PROFILE__AGE_TO, Literals.SMUGGLER_PROFILE__NAMES),
					"intel.profile." + i, a -> Messages.get("profile.field." + a.getName()), l -> l.getName()));
		}
		group.getParent().layout(true, true);
	}
}
