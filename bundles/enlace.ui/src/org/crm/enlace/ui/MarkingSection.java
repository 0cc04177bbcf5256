package org.crm.enlace.ui;

import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.EnlacePackage.Literals;
import org.crm.enlace.model.Record;
import org.crm.enlace.ui.internal.Messages;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/**
 * The marking every record carries, for every record editor: handling code (H0-H3), TLP, releasability and the
 * organizations it is released to, the source evaluation (reliability A/B/C/X, accuracy 1-4), provenance and
 * retention date. Edits are undoable commands on the editor's domain.
 */
public final class MarkingSection {

	private final AttributeForm form;

	public MarkingSection(Composite parent, EditingDomain domain, Record record) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.get("marking.title"));
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		form = new AttributeForm(group, domain, record,
				List.of(Literals.RECORD__HANDLING_CODE, Literals.RECORD__TLP, Literals.RECORD__RELEASABILITY,
						Literals.RECORD__RELEASABLE_TO, Literals.RECORD__SOURCE_RELIABILITY,
						Literals.RECORD__INFORMATION_ACCURACY, Literals.RECORD__PROVENANCE_KIND,
						Literals.RECORD__PROVENANCE, Literals.RECORD__RETENTION_UNTIL),
				"marking", a -> Messages.get("marking.field." + a.getName()),
				l -> Messages.get("marking." + l.getEEnum().getName() + "." + l.getName()));
	}

	public void showModel() {
		form.showModel();
	}

	public void commitAll() {
		form.commitAll();
	}

	public List<Problem> unreadableFields() {
		return form.unreadableFields();
	}
}
