package org.crm.enlace.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

	/** @return empty when no plan is in force */
	public static Optional<Dashboard> read(RecordRepository repository, List<IndicatorSource> sources,
			LocalDate asOf) {
		return Plans.current(repository).map(plan -> {
			List<ActivityUpdate> updates = FollowUp.updates(repository, plan);
			List<Row> rows = Plans.activities(plan).map(a -> new Row(a.getKey(), a.getCode(), a.getTextEs(),
					a.getTextEn(), FollowUp.status(updates, a.getKey(), asOf), deadline(plan, a))).toList();
			return new Dashboard(plan, asOf, IndicatorEvaluation.evaluate(plan, repository, sources, asOf), rows);
		});
	}

	/* The private space's approval lives on the compliance board, which this bundle does not read: such a
	 * deadline stays unknown here. */
	private static Optional<LocalDate> deadline(WorkPlan plan, Activity activity) {
		for (EObject line = activity.eContainer(); line instanceof Commitment commitment; line = line.eContainer()) {
			Optional<LocalDate> due = commitment.getTimelines().stream()
					.map(t -> Timelines.deadline(t,
							anchor -> anchor == TimelineAnchor.PLAN_APPROVAL ? Optional.ofNullable(plan.getApprovedOn())
									: Optional.empty()))
					.flatMap(Optional::stream).min(LocalDate::compareTo);
			if (due.isPresent()) {
				return due;
			}
		}
		return Optional.empty();
	}
}
