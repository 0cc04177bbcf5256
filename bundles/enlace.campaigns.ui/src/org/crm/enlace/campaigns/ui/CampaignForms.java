package org.crm.enlace.campaigns.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crm.enlace.campaigns.model.CampaignsPackage.Literals;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** How this area's editors lay out a record's fields and their buttons. */
final class CampaignForms {

	/* Texts of a paragraph or more, typed on several lines. */
	private static final Set<EAttribute> LONG_TEXTS = Set.of(Literals.CAMPAIGN_PROJECT__SUMMARY,
			Literals.NATIONAL_ADAPTATION__NOTES, Literals.DISSEMINATION_EVENT__DESCRIPTION);

	private CampaignForms() {
	}

	/** A new two-column composite as wide as {@code parent}, for a form's labels and fields. */
	static Composite twoColumns(Composite parent) {
		Composite form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		return form;
	}

	/** A form of the object's own attributes, labelled in the user's language. */
	static AttributeForm fields(Composite form, EditingDomain domain, EObject object, List<EAttribute> attributes,
			String idPrefix) {
		return new AttributeForm(form, domain, object, attributes, LONG_TEXTS, idPrefix,
				a -> RecordNames.attribute(a, Locale.getDefault()), l -> RecordNames.literal(l, Locale.getDefault()));
	}

	/** A push button carrying {@code id} as its {@link AttributeForm#WIDGET_ID}. */
	static Button button(Composite parent, String id, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(AttributeForm.WIDGET_ID, id);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}
}
