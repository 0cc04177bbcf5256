package org.crm.enlace.plan.ui.internal.editing;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.PlanPackage.Literals;
import org.crm.enlace.plan.model.Responsible;
import org.crm.enlace.plan.model.Timeline;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.DecimalField;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The fields of the line chosen in the plan editor: its code, Spanish text and English reading, and what its kind
 * adds (an indicator's code, unit and target; a timeline's deadline or months after an approval; a responsible
 * party's code). Widget ids are {@code plan.line.<attribute>}; the key is shown, never edited.
 */
public final class LineForm {

	private final Composite form;
	private final AttributeForm fields;
	private final DecimalField target;

	public LineForm(Composite parent, EditingDomain domain, PlanItem item) {
		form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.format("field.kind"));
		new Label(form, SWT.NONE).setText(Messages.format("kind." + item.eClass().getName()));
		new Label(form, SWT.NONE).setText(Messages.format("field.key"));
		Label key = new Label(form, SWT.NONE);
		key.setText(item.getKey() == null ? "" : item.getKey());
		key.setData(AttributeForm.WIDGET_ID, "plan.line.key");
		fields = new AttributeForm(form, domain, item, attributes(item), "plan.line",
				a -> Messages.format("field." + a.getName()), l -> Messages.format("anchor." + l.getName()));
		target = item instanceof Indicator
				? new DecimalField(form, domain, item, Literals.INDICATOR__TARGET, "plan.line.target",
						Messages.format("field.target"))
				: null;
	}

	public void dispose() {
		form.dispose();
	}

	public void showModel() {
		fields.showModel();
		if (target != null) {
			target.showModel();
		}
	}

	public void commitAll() {
		fields.commitAll();
		if (target != null) {
			target.commit();
		}
	}

	public List<Problem> unreadableFields() {
		List<Problem> found = new ArrayList<>(fields.unreadableFields());
		if (target != null) {
			target.unreadable().ifPresent(found::add);
		}
		return found;
	}

	private static List<EAttribute> attributes(PlanItem item) {
		List<EAttribute> shown = new ArrayList<>(
				List.of(Literals.PLAN_ITEM__CODE, Literals.PLAN_ITEM__TEXT_ES, Literals.PLAN_ITEM__TEXT_EN));
		if (item instanceof Indicator) {
			shown.addAll(List.of(Literals.INDICATOR__INDICATOR_CODE, Literals.INDICATOR__UNIT));
		} else if (item instanceof Timeline) {
			shown.addAll(List.of(Literals.TIMELINE__DEADLINE, Literals.TIMELINE__ANCHOR,
					Literals.TIMELINE__MONTHS_AFTER));
		} else if (item instanceof Responsible) {
			shown.add(Literals.RESPONSIBLE__PARTY);
		}
		return shown;
	}
}
