package org.crm.enlace.plan.internal;

import java.math.BigDecimal;

import org.crm.enlace.plan.model.Activity;
import org.crm.enlace.plan.model.Commitment;
import org.crm.enlace.plan.model.EvidenceLink;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.Objective;
import org.crm.enlace.plan.model.PlanFactory;
import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.ResourceLine;
import org.crm.enlace.plan.model.Responsible;
import org.crm.enlace.plan.model.Result;
import org.crm.enlace.plan.model.Timeline;
import org.crm.enlace.plan.model.TimelineAnchor;
import org.crm.enlace.plan.model.WorkArea;
import org.crm.enlace.plan.model.WorkPlan;

/**
 * Writes a plan line by line, as the document reads: each line goes under the last work area, objective or result
 * added. Keys are made from the parents' keys, so they stay unique where the original repeats a code.
 */
public final class PlanBuilder {

	private static final PlanFactory FACTORY = PlanFactory.eINSTANCE;

	private final WorkPlan plan;
	private WorkArea area;
	private Objective objective;
	private Result result;
	private Commitment commitment;
	private PlanItem last;

	public PlanBuilder(WorkPlan plan) {
		this.plan = plan;
	}

	public PlanBuilder area(String key, String textEs, String textEn) {
		area = item(FACTORY.createWorkArea(), key, null, textEs, textEn);
		plan.getWorkAreas().add(area);
		return this;
	}

	public PlanBuilder objective(String code, String textEs, String textEn) {
		objective = item(FACTORY.createObjective(), area.getKey() + "-O" + code, code, textEs, textEn);
		area.getObjectives().add(objective);
		commitment = objective;
		return this;
	}

	/** A result; {@code part} tells apart a result whose code the original repeats (empty otherwise). */
	public PlanBuilder result(String code, String part, String textEs, String textEn) {
		result = item(FACTORY.createResult(), objective.getKey() + "-R" + code + part, code, textEs, textEn);
		objective.getResults().add(result);
		commitment = result;
		return this;
	}

	public PlanBuilder activity(String code, String textEs, String textEn) {
		Activity activity = item(FACTORY.createActivity(), result.getKey() + "-A" + code, code, textEs, textEn);
		result.getActivities().add(activity);
		return this;
	}

	/** The columns beside the objective from here on, until the next result. */
	public PlanBuilder atObjective() {
		commitment = objective;
		return this;
	}

	public PlanBuilder indicator(String indicatorCode, String unit, BigDecimal target, String textEs,
			String textEn) {
		Indicator indicator = item(FACTORY.createIndicator(), lineKey("I", commitment.getIndicators().size()), null,
				textEs, textEn);
		indicator.setIndicatorCode(indicatorCode);
		indicator.setUnit(unit);
		indicator.setTarget(target);
		indicator.setComputed(true);
		commitment.getIndicators().add(indicator);
		return this;
	}

	public PlanBuilder timeline(TimelineAnchor anchor, Integer monthsAfter, String textEs, String textEn) {
		Timeline timeline = item(FACTORY.createTimeline(), lineKey("T", commitment.getTimelines().size()), null,
				textEs, textEn);
		timeline.setAnchor(anchor);
		timeline.setMonthsAfter(monthsAfter);
		commitment.getTimelines().add(timeline);
		return this;
	}

	public PlanBuilder responsible(String party, String textEs, String textEn) {
		Responsible responsible = item(FACTORY.createResponsible(),
				lineKey("P", commitment.getResponsibles().size()), null, textEs, textEn);
		responsible.setParty(party);
		commitment.getResponsibles().add(responsible);
		return this;
	}

	public PlanBuilder resources(String textEs, String textEn) {
		commitment.getResources().add(item(FACTORY.createResourceLine(),
				lineKey("M", commitment.getResources().size()), null, textEs, textEn));
		return this;
	}

	/** Records of this type evidence the last result or activity added. */
	public PlanBuilder evidence(String recordType) {
		EvidenceLink link = FACTORY.createEvidenceLink();
		link.setRecordType(recordType);
		if (last instanceof Activity activity) {
			activity.getEvidence().add(link);
		} else {
			((Commitment) last).getEvidence().add(link);
		}
		return this;
	}

	public WorkPlan plan() {
		return plan;
	}

	private String lineKey(String kind, int index) {
		return commitment.getKey() + "-" + kind + (index + 1);
	}

	private <T extends PlanItem> T item(T item, String key, String code, String textEs, String textEn) {
		item.setKey(key);
		item.setCode(code);
		item.setTextEs(textEs);
		item.setTextEn(textEn);
		if (!(item instanceof Indicator || item instanceof Timeline || item instanceof Responsible
				|| item instanceof ResourceLine)) {
			last = item;
		}
		return item;
	}
}
