package org.crm.enlace.directory.ui;

import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.directory.ui.internal.Messages;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.EnlacePackage.Literals;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The fields of a contact point: its country, which the directory decides, and the editable attributes. */
final class ContactForm {

	private final AttributeForm fields;

	ContactForm(Composite parent, EditingDomain domain, ContactPoint contact) {
		Composite form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.get("field.country"));
		new Label(form, SWT.NONE).setText(contact.getCountry());
		fields = new AttributeForm(form, domain, contact,
				List.of(Literals.CONTACT_POINT__ROLE, Literals.CONTACT_POINT__FULL_NAME, Literals.CONTACT_POINT__TITLE,
						Literals.CONTACT_POINT__AGENCY, Literals.CONTACT_POINT__EMAIL, Literals.CONTACT_POINT__PHONES,
						Literals.CONTACT_POINT__WORKING_LANGUAGES, Literals.CONTACT_POINT__VALID_FROM,
						Literals.CONTACT_POINT__VALID_TO, Literals.CONTACT_POINT__LAST_VERIFIED_ON),
				"contact", a -> Messages.get("field." + a.getName()), l -> Messages.get("editor.role." + l.getName()));
	}

	List<Problem> unreadableFields() {
		return fields.unreadableFields();
	}

	void commitAll() {
		fields.commitAll();
	}

	void showModel() {
		fields.showModel();
	}
}
