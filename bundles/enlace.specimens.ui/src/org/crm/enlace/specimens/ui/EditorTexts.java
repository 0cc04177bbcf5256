package org.crm.enlace.specimens.ui;

import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/** Labels and buttons the specimen and alert editors share, with their texts from the messages. */
final class EditorTexts {

	private EditorTexts() {
	}

	static String light(Light light) {
		return Messages.get("editor.light." + light.getName());
	}

	/** A field's label: {@code editor.field.<attribute>}. */
	static String field(EStructuralFeature attribute) {
		return Messages.get("editor.field." + attribute.getName());
	}

	/** An enumeration literal's label: {@code editor.<Enum>.<LITERAL>}. */
	static String literal(EEnumLiteral literal) {
		return Messages.get("editor." + literal.getEEnum().getName() + "." + literal.getName());
	}

	/** A titled group that fills the editor's width, its children in {@code columns} columns. */
	static Group group(Composite parent, String titleKey, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.get(titleKey));
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	static Button button(Composite parent, String textKey, String widgetId, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.get(textKey));
		button.setData(AttributeForm.WIDGET_ID, widgetId);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}
}
