package org.crm.enlace.directory.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.directory.ui.internal.Messages;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlacePackage.Literals;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The fields of a contact point. Each change the user makes becomes an EMF command on the editing domain's stack,
 * so that it can be undone; text that cannot be read (a malformed date) is reported as a problem and not applied.
 */
final class ContactForm {

	private static final List<EAttribute> TEXT_FIELDS = List.of(Literals.CONTACT_POINT__FULL_NAME,
			Literals.CONTACT_POINT__TITLE, Literals.CONTACT_POINT__AGENCY, Literals.CONTACT_POINT__EMAIL,
			Literals.CONTACT_POINT__PHONES, Literals.CONTACT_POINT__WORKING_LANGUAGES, Literals.CONTACT_POINT__VALID_FROM,
			Literals.CONTACT_POINT__VALID_TO, Literals.CONTACT_POINT__LAST_VERIFIED_ON);

	private final EditingDomain domain;
	private final ContactPoint contact;
	private final Map<EAttribute, Text> texts = new LinkedHashMap<>();
	private final Map<EAttribute, Problem> unreadable = new LinkedHashMap<>();
	private final Combo role;

	ContactForm(Composite parent, EditingDomain domain, ContactPoint contact) {
		this.domain = domain;
		this.contact = contact;
		Composite form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);

		label(form, "field.country");
		Label country = new Label(form, SWT.NONE);
		country.setText(contact.getCountry());

		label(form, "field.role");
		role = new Combo(form, SWT.READ_ONLY);
		role.setData(DirectoryPart.WIDGET_ID, "contact.role");
		for (ContactRole value : ContactRole.values()) {
			role.add(Messages.get("editor.role." + value.name()));
		}
		role.addListener(SWT.Selection, e -> apply(Literals.CONTACT_POINT__ROLE,
				ContactRole.values()[role.getSelectionIndex()]));

		for (EAttribute attribute : TEXT_FIELDS) {
			label(form, "field." + attribute.getName());
			Text text = new Text(form, SWT.BORDER);
			text.setData(DirectoryPart.WIDGET_ID, "contact." + attribute.getName());
			GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
			text.addListener(SWT.FocusOut, e -> commit(attribute, text.getText()));
			text.addListener(SWT.DefaultSelection, e -> commit(attribute, text.getText()));
			texts.put(attribute, text);
		}
		showModel();
	}

	/** Problems of text that could not be turned into a value (the model keeps its last good value). */
	List<Problem> unreadableFields() {
		return List.copyOf(unreadable.values());
	}

	/** Applies what is typed in the focused field, as a save starts before the field loses focus. */
	void commitAll() {
		texts.forEach((attribute, text) -> commit(attribute, text.getText()));
	}

	/** Shows the model's values: after loading, undo and redo. */
	void showModel() {
		role.select(contact.getRole() == null ? -1 : contact.getRole().ordinal());
		texts.forEach((attribute, text) -> {
			if (!unreadable.containsKey(attribute)) {
				text.setText(format(contact.eGet(attribute)));
			}
		});
	}

	void commit(EAttribute attribute, String typed) {
		Object value;
		try {
			value = parse(attribute, typed);
			unreadable.remove(attribute);
		} catch (DateTimeParseException e) {
			unreadable.put(attribute, new Problem(attribute.getName(),
					Messages.format("field.date.invalid", Messages.get("field." + attribute.getName()))));
			return;
		}
		apply(attribute, value);
	}

	private void apply(EAttribute attribute, Object value) {
		if (!Objects.equals(value, contact.eGet(attribute))) {
			Command command = SetCommand.create(domain, contact, attribute, value);
			domain.getCommandStack().execute(command);
		}
	}

	private static Object parse(EAttribute attribute, String typed) {
		String trimmed = typed.trim();
		if (attribute.isMany()) {
			return Arrays.stream(trimmed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		}
		if (attribute.getEAttributeType().getInstanceClass() == LocalDate.class) {
			return trimmed.isEmpty() ? null : LocalDate.parse(trimmed);
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	private static String format(Object value) {
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return value == null ? "" : value.toString();
	}

	private static void label(Composite form, String key) {
		new Label(form, SWT.NONE).setText(Messages.get(key));
	}
}
