package org.crm.enlace.plan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.indicator.AnchorDaySource;
import org.crm.enlace.core.indicator.IndicatorSource;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.plan.model.Activity;
import org.crm.enlace.plan.model.ActivityStatus;
import org.crm.enlace.plan.model.ActivityUpdate;
import org.crm.enlace.plan.model.Commitment;
import org.crm.enlace.plan.model.TimelineAnchor;
import org.crm.enlace.plan.model.WorkPlan;
import org.eclipse.emf.ecore.EObject;

/**
 * What the dashboard and its PDF report show, read once from the store: the plan in force, its indicators evaluated
 * as of a day, and its activities with their status on that day and their deadline. No SWT here.
 */
public record Dashboard(WorkPlan plan, LocalDate asOf, List<IndicatorReading> indicators, List<Row> activities) {

	/**
	 * An activity of the plan.
	 *
	 * @param deadline its result's timeline, else its objective's, when the date is known
	 */
	public record Row(String key, String code, String textEs, String textEn, ActivityStatus status,
			Optional<LocalDate> deadline) {

		/** Late: not done and its deadline has passed. */
		public boolean late(LocalDate asOf) {
			return status != ActivityStatus.DONE && deadline.isPresent() && deadline.get().isBefore(asOf);
		}
	}

	public Dashboard {
		indicators = List.copyOf(indicators);
		activities = List.copyOf(activities);
	}

	/**
	 * @param anchors the areas' sources of the days timelines count from (the private space's approval); a timeline
	 *                whose anchor no source knows, or whose day is not recorded yet, has no known deadline
	 * @return empty when no plan is in force
	 */
	public static Optional<Dashboard> read(RecordRepository repository, List<IndicatorSource> sources,
			List<AnchorDaySource> anchors, LocalDate asOf) {
		return Plans.current(repository).map(plan -> {
			Map<TimelineAnchor, Optional<LocalDate>> days = anchorDays(plan, repository, anchors);
			List<ActivityUpdate> updates = FollowUp.updates(repository, plan);
			List<Row> rows = Plans.activities(plan).map(a -> new Row(a.getKey(), a.getCode(), a.getTextEs(),
					a.getTextEn(), FollowUp.status(updates, a.getKey(), asOf), deadline(a, days))).toList();
			return new Dashboard(plan, asOf, IndicatorEvaluation.evaluate(plan, repository, sources, asOf), rows);
		});
	}

	/* Each anchor's day read once: the plan's approval from the plan, the others from the area that keeps them. */
	private static Map<TimelineAnchor, Optional<LocalDate>> anchorDays(WorkPlan plan, RecordRepository repository,
			List<AnchorDaySource> anchors) {
		Map<TimelineAnchor, Optional<LocalDate>> days = new EnumMap<>(TimelineAnchor.class);
		for (TimelineAnchor anchor : TimelineAnchor.values()) {
			days.put(anchor, anchor == TimelineAnchor.PLAN_APPROVAL ? Optional.ofNullable(plan.getApprovedOn())
					: anchors.stream().filter(source -> source.anchor().equals(anchor.getName()))
							.map(source -> source.day(repository)).flatMap(Optional::stream).findFirst());
		}
		return days;
	}

	private static Optional<LocalDate> deadline(Activity activity, Map<TimelineAnchor, Optional<LocalDate>> days) {
		for (EObject line = activity.eContainer(); line instanceof Commitment commitment; line = line.eContainer()) {
			Optional<LocalDate> due = commitment.getTimelines().stream()
					.map(t -> Timelines.deadline(t, days::get))
					.flatMap(Optional::stream).min(LocalDate::compareTo);
			if (due.isPresent()) {
				return due;
			}
		}
		return Optional.empty();
	}
}
