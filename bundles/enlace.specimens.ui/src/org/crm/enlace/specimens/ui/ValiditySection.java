package org.crm.enlace.specimens.ui;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.HolderAgeValidity;
import org.crm.enlace.specimens.model.SpecimensFactory;
import org.crm.enlace.specimens.model.SpecimensPackage.Literals;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/** How long the document is valid by the holder's age: one row per age band (from, to, months), added and removed. */
final class ValiditySection {

	private final EditingDomain domain;
	private final DocumentSpecimen specimen;
	private final boolean editable;
	private final Composite rows;
	private List<HolderAgeValidity> shownRows = List.of();
	private CommandFields fields;

	ValiditySection(Composite parent, EditingDomain domain, DocumentSpecimen specimen, boolean editable) {
		this.domain = domain;
		this.specimen = specimen;
		this.editable = editable;
		Group group = EditorTexts.group(parent, "editor.validities", 1);
		rows = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(rows);
		if (editable) {
			EditorTexts.button(group, "editor.validity.add", "editor.validity.add", this::add);
		}
		rebuild();
	}

	void showModel() {
		if (!shownRows.equals(specimen.getValidities())) {
			rebuild();
		} else {
			fields.showModel();
		}
	}

	void commitAll() {
		fields.commitAll();
	}

	List<Problem> unreadableFields() {
		return fields.unreadableFields();
	}

	private void rebuild() {
		for (Control child : rows.getChildren()) {
			child.dispose();
		}
		fields = new CommandFields(domain);
		shownRows = new ArrayList<>(specimen.getValidities());
		for (String header : List.of("fromAge", "toAge", "validityMonths", "")) {
			new Label(rows, SWT.NONE).setText(header.isEmpty() ? "" : Messages.get("editor.validity." + header));
		}
		for (int i = 0; i < shownRows.size(); i++) {
			HolderAgeValidity row = shownRows.get(i);
			String id = "editor.validity." + (i + 1);
			fields.number(rows, row, Literals.HOLDER_AGE_VALIDITY__FROM_AGE,
					Messages.get("editor.validity.fromAge"), id + ".fromAge", 50);
			fields.number(rows, row, Literals.HOLDER_AGE_VALIDITY__TO_AGE, Messages.get("editor.validity.toAge"),
					id + ".toAge", 50);
			fields.number(rows, row, Literals.HOLDER_AGE_VALIDITY__VALIDITY_MONTHS,
					Messages.get("editor.validity.validityMonths"), id + ".validityMonths", 60);
			if (editable) {
				EditorTexts.button(rows, "editor.validity.remove", id + ".remove", () -> domain.getCommandStack()
						.execute(RemoveCommand.create(domain, specimen, Literals.DOCUMENT_SPECIMEN__VALIDITIES, row)));
			} else {
				new Label(rows, SWT.NONE);
			}
		}
		if (!editable) {
			EditorSession.readOnly(rows);
		}
		rows.getParent().layout(true, true);
	}

	/* A new band after the last one: from the age the last band ends, valid ten years until the user changes it. */
	private void add() {
		HolderAgeValidity row = SpecimensFactory.eINSTANCE.createHolderAgeValidity();
		List<HolderAgeValidity> bands = specimen.getValidities();
		if (!bands.isEmpty() && bands.getLast().getToAge() != null) {
			row.setFromAge(bands.getLast().getToAge());
		}
		row.setValidityMonths(120);
		domain.getCommandStack()
				.execute(AddCommand.create(domain, specimen, Literals.DOCUMENT_SPECIMEN__VALIDITIES, row));
	}
}
