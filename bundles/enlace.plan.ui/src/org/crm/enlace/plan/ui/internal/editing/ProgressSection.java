package org.crm.enlace.plan.ui.internal.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Record;
import org.crm.enlace.plan.EvidenceRecords;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.FollowUpRefusedException;
import org.crm.enlace.plan.model.Activity;
import org.crm.enlace.plan.model.ActivityUpdate;
import org.crm.enlace.plan.model.Commitment;
import org.crm.enlace.plan.model.EvidenceLink;
import org.crm.enlace.plan.model.PlanFactory;
import org.crm.enlace.plan.model.PlanPackage.Literals;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * A progress entry for the activity chosen in the plan: status, date, note and the records that evidence it, picked
 * by type (the types the plan names for the activity and its result first) and then by title. The entry is an
 * unsaved update edited through the part's command stack, so each change can be undone; saving hands it to
 * {@link FollowUp#recordProgress}, and what that refuses is listed, with nothing saved.
 */
public final class ProgressSection {

	private final Composite body;
	private final EditingDomain domain;
	private final RecordRepository repository;
	private final CurrentUser user;
	private final Clock clock;
	private final Runnable onSaved;
	private WorkPlan plan;
	private Activity activity;
	private ActivityUpdate draft;
	private AttributeForm fields;
	private Combo types;
	private Combo records;
	private org.eclipse.swt.widgets.List evidence;
	private ProblemList outcome;
	private List<String> typeNames = List.of();
	private List<Record> found = List.of();

	public ProgressSection(Composite parent, EditingDomain domain, RecordRepository repository, CurrentUser user,
			Clock clock, Runnable onSaved) {
		this.domain = domain;
		this.repository = repository;
		this.user = user;
		this.clock = clock;
		this.onSaved = onSaved;
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.format("progress.title"));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		body = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(body);
		show(null, Optional.empty());
	}

	/**
	 * A fresh entry for the activity (none chosen: a hint); the previous entry's changes leave the undo stack. The
	 * same activity of the same plan, read again after a change elsewhere, keeps the entry as typed.
	 */
	public void show(WorkPlan plan, Optional<Activity> chosen) {
		boolean same = PlanTree.same(this.plan, activity, plan, chosen);
		this.plan = plan;
		this.activity = chosen.orElse(null);
		if (same) {
			return;
		}
		reset();
	}

	private void reset() {
		domain.getCommandStack().flush();
		for (var child : body.getChildren()) {
			child.dispose();
		}
		if (activity == null) {
			new Label(body, SWT.WRAP).setText(Messages.format("progress.choose"));
		} else {
			build();
		}
		body.getParent().getParent().layout(true, true);
	}

	public void showModel() {
		if (fields != null && !evidence.isDisposed()) {
			fields.showModel();
			showEvidence();
		}
	}

	/** The unsaved entry, for the tests. */
	public Optional<ActivityUpdate> draft() {
		return Optional.ofNullable(activity == null ? null : draft);
	}

	public void save() {
		if (activity == null) {
			return;
		}
		fields.commitAll();
		List<Problem> problems = new ArrayList<>(FollowUp.refusal(user).stream().toList());
		problems.addAll(fields.unreadableFields());
		if (problems.isEmpty()) {
			try {
				FollowUp.recordProgress(repository, user, plan, activity.getKey(), draft.getStatus(),
						draft.getDate(), draft.getNote(), draft.getEvidence());
				reset();
				onSaved.run();
				outcome.show(Messages.format("progress.saved"), List.of());
				return;
			} catch (IllegalArgumentException | FollowUpRefusedException | StoreException e) {
				problems.add(new Problem("", e.getMessage()));
			}
		}
		outcome.show(Messages.format("progress.notSaved"), problems);
	}

	private void build() {
		draft = FollowUp.newUpdate(plan.getId(), activity.getKey(),
				FollowUp.status(FollowUp.updates(repository, plan), activity.getKey(), clock.today()),
				clock.today(), null);
		new Label(body, SWT.NONE).setText(Messages.format("progress.activity"));
		new Label(body, SWT.WRAP).setText(PlanTree.label(activity));
		fields = new AttributeForm(body, domain, draft,
				List.of(Literals.ACTIVITY_UPDATE__STATUS, Literals.ACTIVITY_UPDATE__DATE,
						Literals.ACTIVITY_UPDATE__NOTE),
				"plan.progress", a -> Messages.format("progress." + a.getName()),
				l -> Messages.format("status." + l.getName()));

		new Label(body, SWT.NONE).setText(Messages.format("progress.type"));
		types = new Combo(body, SWT.READ_ONLY);
		types.setData(AttributeForm.WIDGET_ID, "plan.progress.type");
		typeNames = evidenceTypes();
		typeNames.forEach(types::add);
		types.addListener(SWT.Selection, e -> showRecords());
		new Label(body, SWT.NONE).setText(Messages.format("progress.record"));
		records = new Combo(body, SWT.READ_ONLY);
		records.setData(AttributeForm.WIDGET_ID, "plan.progress.record");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(records);
		new Label(body, SWT.NONE).setText(Messages.format("progress.evidence"));
		evidence = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.V_SCROLL);
		evidence.setData(AttributeForm.WIDGET_ID, "plan.progress.evidence");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 45).applyTo(evidence);
		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		Buttons.push(buttons, "progress.addEvidence", "plan.progress.addEvidence", this::addEvidence);
		Buttons.push(buttons, "progress.removeEvidence", "plan.progress.removeEvidence", this::removeEvidence);
		Buttons.push(buttons, "progress.save", "plan.progress.save", this::save);
		outcome = new ProblemList(body, "plan.progress", 2);
		if (!typeNames.isEmpty()) {
			types.select(0);
			showRecords();
		}
	}

	/* The types the plan names for this activity, then its result's, then any other line's. */
	private List<String> evidenceTypes() {
		Set<String> named = new LinkedHashSet<>();
		activity.getEvidence().forEach(l -> named.add(l.getRecordType()));
		if (activity.eContainer() instanceof Commitment result) {
			result.getEvidence().forEach(l -> named.add(l.getRecordType()));
		}
		plan.eAllContents().forEachRemaining(o -> {
			if (o instanceof EvidenceLink link) {
				named.add(link.getRecordType());
			}
		});
		return named.stream().filter(t -> EvidenceRecords.type(t).isPresent()).toList();
	}

	private void showRecords() {
		int index = types.getSelectionIndex();
		found = index < 0 ? List.of() : EvidenceRecords.of(repository, typeNames.get(index));
		records.removeAll();
		found.forEach(r -> records.add(EvidenceRecords.title(r)));
		if (!found.isEmpty()) {
			records.select(0);
		}
	}

	private void addEvidence() {
		int index = records.getSelectionIndex();
		if (index < 0) {
			outcome.show(Messages.format("progress.noRecord"), List.of());
			return;
		}
		EvidenceLink link = PlanFactory.eINSTANCE.createEvidenceLink();
		link.setRecordType(typeNames.get(types.getSelectionIndex()));
		link.setRecordId(found.get(index).getId());
		domain.getCommandStack()
				.execute(AddCommand.create(domain, draft, Literals.ACTIVITY_UPDATE__EVIDENCE, link));
	}

	private void removeEvidence() {
		int index = evidence.getSelectionIndex();
		if (index >= 0) {
			domain.getCommandStack().execute(RemoveCommand.create(domain, draft,
					Literals.ACTIVITY_UPDATE__EVIDENCE, draft.getEvidence().get(index)));
		}
	}

	private void showEvidence() {
		evidence.removeAll();
		draft.getEvidence().forEach(l -> evidence.add(EvidenceTitles.of(repository, l)));
	}
}
