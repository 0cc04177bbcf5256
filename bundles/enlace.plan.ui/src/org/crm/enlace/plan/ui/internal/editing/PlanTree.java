package org.crm.enlace.plan.ui.internal.editing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crm.enlace.plan.PlanLines;
import org.crm.enlace.plan.Units;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.Responsible;
import org.crm.enlace.plan.model.Timeline;
import org.crm.enlace.plan.model.TimelineAnchor;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A plan as a tree, as the document reads: work areas, objectives, results and activities, with the columns beside
 * each objective and result (indicators, timelines, responsible parties, resources) first under it. The root is the
 * plan, so its work areas are the top rows.
 */
public final class PlanTree {

	private PlanTree() {
	}

	public static TreeViewer create(Composite parent, String widgetId) {
		TreeViewer viewer = new TreeViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTree().setData(AttributeForm.WIDGET_ID, widgetId);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return getChildren(input);
			}

			@Override
			public Object[] getChildren(Object parent) {
				return children((EObject) parent).toArray();
			}

			@Override
			public Object getParent(Object element) {
				return ((EObject) element).eContainer();
			}

			@Override
			public boolean hasChildren(Object element) {
				return !children((EObject) element).isEmpty();
			}
		});
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof PlanItem item ? label(item) : "";
			}
		});
		return viewer;
	}

	/** The lines right under {@code parent}, in the order {@link PlanLines#childFeatures} gives their kinds. */
	public static List<PlanItem> children(EObject parent) {
		return PlanLines.childFeatures(parent).stream().flatMap(f -> ((List<?>) parent.eGet(f)).stream())
				.map(PlanItem.class::cast).toList();
	}

	/** "Resultado 1.4: text", with the unit and target of an indicator, a timeline's rule, a party's code. */
	public static String label(PlanItem item) {
		String kind = Messages.format("kind." + item.eClass().getName());
		String head = item.getCode() == null || item.getCode().isBlank() ? kind : kind + " " + item.getCode();
		return Messages.format("tree.line", head, text(item), details(item)).strip();
	}

	/** The line's text in the user's language: the English reading in English when there is one. */
	public static String text(PlanItem item) {
		boolean english = !Locale.getDefault().getLanguage().equals("es") && item.getTextEn() != null
				&& !item.getTextEn().isBlank();
		String text = english ? item.getTextEn() : item.getTextEs();
		return text == null ? "" : text.strip();
	}

	public static String title(WorkPlan plan) {
		return Messages.format("plan.choice", plan.getCode(), plan.getEdition() == null ? "-" : plan.getEdition(),
				plan.getStatus() == null ? "" : Messages.format("planStatus." + plan.getStatus().getName()),
				plan.getOwnerCountry() == null ? "" : plan.getOwnerCountry());
	}

	private static String details(PlanItem item) {
		if (item instanceof Indicator indicator) {
			return Messages.format("tree.indicator", indicator.getIndicatorCode(),
					indicator.getTarget() == null ? "-" : indicator.getTarget().toPlainString(),
					indicator.getUnit() == null ? "" : Units.label(indicator.getUnit(), Locale.getDefault()));
		}
		if (item instanceof Timeline timeline && timeline.getDeadline() != null) {
			return Messages.format("tree.deadline", timeline.getDeadline().toString());
		}
		if (item instanceof Timeline timeline && timeline.getAnchor() != null
				&& timeline.getAnchor() != TimelineAnchor.NONE && timeline.getMonthsAfter() != null) {
			return Messages.format("tree.monthsAfter", timeline.getMonthsAfter(),
					Messages.format("anchor." + timeline.getAnchor().getName()));
		}
		if (item instanceof Responsible responsible && responsible.getParty() != null) {
			return Messages.format("tree.party", responsible.getParty());
		}
		return "";
	}

	/** The line of the plan with that key. */
	public static Optional<PlanItem> find(WorkPlan plan, String key) {
		for (EObject content : (Iterable<EObject>) plan::eAllContents) {
			if (content instanceof PlanItem item && key.equals(item.getKey())) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

	/** Whether {@code line} of {@code plan} is the line shown, read again (another object, the same plan and key). */
	public static boolean same(WorkPlan shownPlan, PlanItem shownLine, WorkPlan plan, Optional<? extends PlanItem> line) {
		return shownPlan != null && shownLine != null && plan != null && plan.getId().equals(shownPlan.getId())
				&& line.map(l -> l.getKey().equals(shownLine.getKey())).orElse(false);
	}
}
