package org.crm.enlace.plan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.PlanValidator;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.model.ActivityUpdate;
import org.crm.enlace.plan.model.IndicatorEntry;
import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.model.PlanPackage.Literals;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.plan.ui.internal.editing.LinesSection;
import org.crm.enlace.plan.ui.internal.editing.Messages;
import org.crm.enlace.plan.ui.internal.editing.NewPlans;
import org.crm.enlace.plan.ui.internal.editing.PlanTree;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorFeedback;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * Edits a work plan: its header (code, titles, period, edition, status, approval day) and its lines, added, removed
 * and changed one by one. Every change is a command (Edit > Undo / Redo, Ctrl+Z / Ctrl+Y); the part is dirty until
 * saved; saving lists the plan's problems instead of storing it, and the store's refusal (a plan of another
 * organization, a role that does not edit plans) is shown in words.
 */
public final class PlanEditorPart implements IEditingDomainProvider {

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	private RecordRepository repository;
	private CurrentUser user;
	private IEventBroker broker;
	private MPart part;
	private WorkPlan plan;
	private EditorFeedback feedback;
	private AttributeForm header;
	private LinesSection lines;
	private Label notice;
	private Composite content;
	private Set<String> activitiesFollowed = Set.of();
	private Set<String> indicatorsEntered = Set.of();

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user, IEventBroker broker) {
		this.part = part;
		this.repository = repository;
		this.user = user;
		this.broker = broker;
		plan = NewPlans.load(repository, user, part.getTransientData());
		if (plan.getId() != null) {
			// Read once: the follow-up that keeps its lines from being removed in this editor.
			activitiesFollowed = FollowUp.updates(repository, plan).stream().map(ActivityUpdate::getItem)
					.collect(Collectors.toSet());
			indicatorsEntered = FollowUp.entries(repository, plan).stream().map(IndicatorEntry::getIndicator)
					.collect(Collectors.toSet());
		}
		showLabel();

		parent.setLayout(new FillLayout());
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		feedback = new EditorFeedback(content, "plan.editor");
		notice = new Label(content, SWT.WRAP);
		notice.setData(AttributeForm.WIDGET_ID, "plan.editor.notice");
		notice.setText(notice());
		GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(notice);

		Group headerGroup = new Group(content, SWT.NONE);
		headerGroup.setText(Messages.format("editor.header"));
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(headerGroup);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(headerGroup);
		header = new AttributeForm(headerGroup, domain, plan,
				List.of(Literals.WORK_PLAN__CODE, Literals.WORK_PLAN__EDITION, Literals.WORK_PLAN__TITLE_ES,
						Literals.WORK_PLAN__TITLE_EN, Literals.WORK_PLAN__SCOPE_ES, Literals.WORK_PLAN__SCOPE_EN,
						Literals.WORK_PLAN__PERIOD_FROM, Literals.WORK_PLAN__PERIOD_TO, Literals.WORK_PLAN__STATUS,
						Literals.WORK_PLAN__APPROVED_ON),
				"plan.header", a -> Messages.format("field." + a.getName()),
				l -> Messages.format("planStatus." + l.getName()));
		lines = new LinesSection(content, domain, plan);

		scroller.setContent(content);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		commandStack.addCommandStackListener(e -> {
			if (!feedback.isDisposed()) {
				header.showModel();
				lines.showModel();
				part.setDirty(commandStack.isSaveNeeded());
				feedback.showProblems(currentProblems());
				scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
			}
		});
		feedback.showVersion(plan);
		feedback.showProblems(currentProblems());
		// A new plan is unsaved work from the start: closing it asks whether to save.
		part.setDirty(plan.getVersion() == 0);
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Focus
	void focus() {
		feedback.focusEditor();
	}

	@Persist
	public void save() {
		header.commitAll();
		lines.commitAll();
		Optional<WorkPlan> saved = feedback.save(repository, plan, currentProblems(), PlanEditorPart::asText);
		saved.ifPresent(s -> {
			commandStack.saveIsDone();
			part.setDirty(false);
			showLabel();
			notice.setText(notice());
			broker.post(RecordEvents.CHANGED, PlanPackage.Literals.WORK_PLAN.getName());
		});
	}

	/** Chooses a line of the plan by key, as a click in the editor's tree would, and shows its fields. */
	public void select(String key) {
		lines.select(PlanTree.find(plan, key).orElseThrow(() -> new IllegalArgumentException("no line " + key)));
	}

	/** The plan as edited (the editor's copy, stamped with the stored version after a save). */
	public WorkPlan plan() {
		return plan;
	}

	/** What the user must fix: a role that does not edit plans, unreadable fields, then the plan's rules. */
	public List<Problem> currentProblems() {
		List<Problem> found = new ArrayList<>();
		if (!Plans.mayEdit(user)) {
			found.add(new Problem("role", Messages.format("editor.notice.notEditor")));
		}
		found.addAll(header.unreadableFields());
		found.addAll(lines.unreadableFields());
		found.addAll(PlanValidator.validate(plan, activitiesFollowed, indicatorsEntered));
		return found;
	}

	private void showLabel() {
		part.setLabel(Messages.format("editor.title", plan.getCode() == null ? "" : plan.getCode()));
	}

	/* Why a save may be refused, said before the user types anything. */
	private String notice() {
		if (!Plans.mayEdit(user)) {
			return Messages.format("editor.notice.notEditor");
		}
		if (plan.getOwnerCountry() != null && !Plans.mayEdit(user, plan)) {
			return Messages.format("editor.notice.otherOwner", plan.getOwnerCountry());
		}
		return plan.getVersion() == 0 ? Messages.format("editor.notice.newPlan", user.country())
				: Messages.format("editor.notice.own");
	}

	private static String asText(WorkPlan plan) {
		return String.join("\n", Messages.format("field.code") + ": " + plan.getCode(),
				Messages.format("field.edition") + ": " + plan.getEdition(),
				Messages.format("field.titleEs") + ": " + plan.getTitleEs(),
				Messages.format("field.periodFrom") + ": " + plan.getPeriodFrom(),
				Messages.format("field.periodTo") + ": " + plan.getPeriodTo(),
				Messages.format("editor.stale.lines", Plans.activities(plan).count()));
	}
}
