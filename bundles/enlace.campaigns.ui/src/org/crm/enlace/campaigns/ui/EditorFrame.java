package org.crm.enlace.campaigns.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crm.enlace.campaigns.model.CampaignsPackage.Literals;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorFeedback;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The frame of this area's editors: the status line and problems on top, a line saying what is edited, then the
 * sections, in a scrolling composite as wide as the part, so that long texts (the store's refusal, which names the
 * record's owner) wrap instead of running off it.
 */
final class EditorFrame {

	static final int MIN_WIDTH = 560;

	private final ScrolledComposite scroller;
	private final Composite content;
	private final EditorFeedback feedback;

	/** @param feedbackPrefix for the widget ids {@code <prefix>.status} and {@code <prefix>.problems} */
	EditorFrame(Composite parent, String feedbackPrefix, String whatIsEdited) {
		parent.setLayout(new FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		feedback = new EditorFeedback(content, feedbackPrefix);
		AttributeForm.widget(content, feedbackPrefix + ".status").ifPresent(status -> wrapping(status));
		Label intro = new Label(content, SWT.WRAP);
		intro.setText(whatIsEdited);
		wrapping(intro);
		scroller.setContent(content);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> fit());
	}

	Composite content() {
		return content;
	}

	EditorFeedback feedback() {
		return feedback;
	}

	/* Texts of a paragraph or more, typed on several lines. */
	private static final Set<EAttribute> LONG_TEXTS = Set.of(Literals.CAMPAIGN_PROJECT__SUMMARY,
			Literals.NATIONAL_ADAPTATION__NOTES, Literals.DISSEMINATION_EVENT__DESCRIPTION);

	/** A form of the record's own attributes, labelled in the user's language, in a new two-column composite. */
	AttributeForm fields(EditingDomain domain, EObject object, List<EAttribute> attributes, String idPrefix) {
		Composite form = new Composite(content, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		return fields(form, domain, object, attributes, idPrefix);
	}

	/** @param form a composite with a two-column grid layout */
	static AttributeForm fields(Composite form, EditingDomain domain, EObject object, List<EAttribute> attributes,
			String idPrefix) {
		return new AttributeForm(form, domain, object, attributes, LONG_TEXTS, idPrefix,
				a -> RecordNames.attribute(a, Locale.getDefault()), l -> RecordNames.literal(l, Locale.getDefault()));
	}

	/** Lays the content out again for a new status text, which may take more lines than the last one. */
	void relayout() {
		content.layout(true, true);
		fit();
	}

	/** Sizes the scrolled content again: after the sections are made, and when they change. */
	void fit() {
		scroller.setMinSize(content.computeSize(Math.max(scroller.getClientArea().width, MIN_WIDTH), SWT.DEFAULT));
	}

	/** A push button carrying {@code id} as its {@link AttributeForm#WIDGET_ID}. */
	static Button button(Composite parent, String id, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(AttributeForm.WIDGET_ID, id);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private static void wrapping(org.eclipse.swt.widgets.Control label) {
		GridDataFactory.fillDefaults().grab(true, false).hint(MIN_WIDTH, SWT.DEFAULT).applyTo(label);
	}
}
