package org.crm.enlace.plan;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.plan.model.Activity;
import org.crm.enlace.plan.model.Commitment;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.PlanFactory;
import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.model.PlanStatus;
import org.crm.enlace.plan.model.WorkPlan;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The work plans the user may see, and who edits them. The store lets only an owner's users write its records: the
 * seed plan, owned by the Technical Secretariat, is edited by the Secretariat. The Pro Tempore Presidency follows
 * it up with records of its own ({@link FollowUp}) and, to change it, saves a new edition owned by its country
 * ({@link #newEdition}); a Presidency cannot change the Secretariat's plan in place.
 */
public final class Plans {

	private Plans() {
	}

	public static List<WorkPlan> all(RecordRepository repository) {
		return repository.findAll(PlanPackage.Literals.WORK_PLAN, WorkPlan.class);
	}

	/** By code, or by record id. */
	public static Optional<WorkPlan> find(RecordRepository repository, String codeOrId) {
		List<WorkPlan> byCode = repository.find(RecordQuery.of(PlanPackage.Literals.WORK_PLAN)
				.where(PlanPackage.Literals.WORK_PLAN__CODE, codeOrId), WorkPlan.class);
		return byCode.stream().max(Comparator.comparing(Plans::created)).or(() -> repository.findById(codeOrId)
				.filter(WorkPlan.class::isInstance).map(WorkPlan.class::cast));
	}

	/** The plan in force saved last: a later plan replaces the seed's once it is in force. */
	public static Optional<WorkPlan> current(RecordRepository repository) {
		return all(repository).stream().filter(p -> p.getStatus() == PlanStatus.IN_FORCE)
				.max(Comparator.comparing(Plans::created));
	}

	/** Whether the user's role edits plans: the Secretariat and the Pro Tempore Presidency. */
	public static boolean mayEdit(CurrentUser user) {
		return user.role() == Role.SECRETARIAT || user.role() == Role.PRO_TEMPORE_PRESIDENCY;
	}

	/** Whether the user may change this plan in place: an editor of the organization that owns it. */
	public static boolean mayEdit(CurrentUser user, WorkPlan plan) {
		return mayEdit(user) && user.country().equals(plan.getOwnerCountry());
	}

	/** A new, unsaved plan of the user's organization, released to all members. */
	public static WorkPlan newPlan(String code) {
		WorkPlan plan = PlanFactory.eINSTANCE.createWorkPlan();
		plan.setCode(code);
		plan.setStatus(PlanStatus.DRAFT);
		plan.setReleasability(Releasability.ALL_MEMBERS);
		plan.setTlp(Tlp.GREEN);
		return plan;
	}

	/**
	 * A copy of a plan as a new, unsaved draft of the user's organization (every line and key kept, so follow-up
	 * written against a key reads the same in both): how the Presidency edits the Secretariat's plan.
	 */
	public static WorkPlan newEdition(WorkPlan plan, String code) {
		WorkPlan copy = newPlan(code);
		copy.setTitleEs(plan.getTitleEs());
		copy.setTitleEn(plan.getTitleEn());
		copy.setScopeEs(plan.getScopeEs());
		copy.setScopeEn(plan.getScopeEn());
		copy.setPeriodFrom(plan.getPeriodFrom());
		copy.setPeriodTo(plan.getPeriodTo());
		copy.setApprovedOn(plan.getApprovedOn());
		copy.getWorkAreas().addAll(EcoreUtil.copyAll(plan.getWorkAreas()));
		return copy;
	}

	/** Objectives and results, in the plan's order. */
	public static Stream<Commitment> commitments(WorkPlan plan) {
		return plan.getWorkAreas().stream().flatMap(a -> a.getObjectives().stream())
				.flatMap(o -> Stream.concat(Stream.of(o), o.getResults().stream()));
	}

	public static Stream<Indicator> indicators(WorkPlan plan) {
		return commitments(plan).flatMap(c -> c.getIndicators().stream());
	}

	public static Stream<Activity> activities(WorkPlan plan) {
		return plan.getWorkAreas().stream().flatMap(a -> a.getObjectives().stream())
				.flatMap(o -> o.getResults().stream()).flatMap(r -> r.getActivities().stream());
	}

	public static Optional<Activity> activity(WorkPlan plan, String key) {
		return activities(plan).filter(a -> a.getKey().equals(key)).findFirst();
	}

	private static Instant created(WorkPlan plan) {
		return plan.getCreatedAt() == null ? Instant.EPOCH : plan.getCreatedAt();
	}
}
