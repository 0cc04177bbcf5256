package org.crm.enlace.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.plan.internal.Messages;
import org.crm.enlace.plan.model.ActivityStatus;
import org.crm.enlace.plan.model.ActivityUpdate;
import org.crm.enlace.plan.model.EvidenceLink;
import org.crm.enlace.plan.model.IndicatorEntry;
import org.crm.enlace.plan.model.PlanFactory;
import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.model.WorkPlan;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A plan's follow-up: activity progress and indicator values entered by hand. Each is a record of the organization
 * that writes it, so the Secretariat and the Pro Tempore Presidency's country both follow up a plan the Secretariat
 * owns; other roles read it. Released to all members: the plan's progress is the network's business.
 */
public final class FollowUp {

	private FollowUp() {
	}

	/**
	 * Saves a dated status and note for an activity of the plan, with the records that evidence it.
	 *
	 * @throws FollowUpRefusedException for a role that does not follow up plans
	 * @throws IllegalArgumentException when the plan has no such activity, or the date is missing
	 */
	public static ActivityUpdate recordProgress(RecordRepository repository, CurrentUser user, WorkPlan plan,
			String activityKey, ActivityStatus status, LocalDate date, String note,
			Collection<EvidenceLink> evidence) {
		requireEditor(user);
		Plans.activity(plan, activityKey).orElseThrow(
				() -> new IllegalArgumentException(Messages.format("error.noActivity", activityKey, plan.getCode())));
		requireDate(date);
		ActivityUpdate update = newUpdate(plan.getId(), activityKey, status, date, note);
		update.getEvidence().addAll(EcoreUtil.copyAll(evidence));
		return repository.save(update);
	}

	/**
	 * Saves a value of one of the plan's indicators, entered by hand.
	 *
	 * @throws FollowUpRefusedException for a role that does not follow up plans
	 * @throws IllegalArgumentException when the plan has no such indicator, or the value, date or source is missing
	 */
	public static IndicatorEntry enterValue(RecordRepository repository, CurrentUser user, WorkPlan plan,
			String indicatorCode, BigDecimal value, LocalDate date, String source) {
		requireEditor(user);
		if (Plans.indicators(plan).noneMatch(i -> i.getIndicatorCode().equals(indicatorCode))) {
			throw new IllegalArgumentException(Messages.format("error.noIndicator", indicatorCode, plan.getCode()));
		}
		requireDate(date);
		if (value == null) {
			throw new IllegalArgumentException(Messages.format("error.noValue", indicatorCode));
		}
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException(Messages.format("error.noSource", indicatorCode));
		}
		return repository.save(newEntry(plan.getId(), indicatorCode, value, date, source.strip()));
	}

	/** An unsaved progress note on an activity of a plan (by the plan's record id), released to all members. */
	public static ActivityUpdate newUpdate(String planId, String activityKey, ActivityStatus status, LocalDate date,
			String note) {
		ActivityUpdate update = PlanFactory.eINSTANCE.createActivityUpdate();
		mark(update);
		update.setPlan(planId);
		update.setItem(activityKey);
		update.setStatus(status);
		update.setDate(date);
		update.setNote(note);
		return update;
	}

	/** An unsaved value of an indicator of a plan (by the plan's record id), released to all members. */
	public static IndicatorEntry newEntry(String planId, String indicatorCode, BigDecimal value, LocalDate date,
			String source) {
		IndicatorEntry entry = PlanFactory.eINSTANCE.createIndicatorEntry();
		mark(entry);
		entry.setPlan(planId);
		entry.setIndicator(indicatorCode);
		entry.setValue(value);
		entry.setDate(date);
		entry.setSource(source);
		return entry;
	}

	public static List<IndicatorEntry> entries(RecordRepository repository, WorkPlan plan) {
		return repository.find(RecordQuery.of(PlanPackage.Literals.INDICATOR_ENTRY)
				.where(PlanPackage.Literals.INDICATOR_ENTRY__PLAN, plan.getId()), IndicatorEntry.class);
	}

	public static List<ActivityUpdate> updates(RecordRepository repository, WorkPlan plan) {
		return repository.find(RecordQuery.of(PlanPackage.Literals.ACTIVITY_UPDATE)
				.where(PlanPackage.Literals.ACTIVITY_UPDATE__PLAN, plan.getId()), ActivityUpdate.class);
	}

	/** An activity's status as of a day: the latest update's, or not started. */
	public static ActivityStatus status(List<ActivityUpdate> updates, String activityKey, LocalDate asOf) {
		return latest(updates, activityKey, asOf).map(ActivityUpdate::getStatus).orElse(ActivityStatus.NOT_STARTED);
	}

	public static Optional<ActivityUpdate> latest(List<ActivityUpdate> updates, String activityKey,
			LocalDate asOf) {
		return updates.stream().filter(u -> u.getItem().equals(activityKey) && !u.getDate().isAfter(asOf))
				.max(Comparator.comparing(ActivityUpdate::getDate).thenComparing(ActivityUpdate::getCreatedAt,
						Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	/**
	 * Why the user may not follow plans up, in words, before anything is tried.
	 */
	public static Optional<Problem> refusal(CurrentUser user) {
		return Plans.mayEdit(user) ? Optional.empty() : Optional.of(new Problem("role", Messages.get("error.notEditor")));
	}

	private static void requireEditor(CurrentUser user) {
		if (!Plans.mayEdit(user)) {
			throw new FollowUpRefusedException(Messages.get("error.notEditor"));
		}
	}

	private static void requireDate(LocalDate date) {
		if (date == null) {
			throw new IllegalArgumentException(Messages.get("error.noDate"));
		}
	}

	private static void mark(Record record) {
		record.setReleasability(Releasability.ALL_MEMBERS);
		record.setTlp(Tlp.GREEN);
	}
}
