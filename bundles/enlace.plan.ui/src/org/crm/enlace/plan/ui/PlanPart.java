package org.crm.enlace.plan.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.model.Activity;
import org.crm.enlace.plan.model.ActivityUpdate;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.plan.ui.internal.editing.Buttons;
import org.crm.enlace.plan.ui.internal.editing.FollowUpHistory;
import org.crm.enlace.plan.ui.internal.editing.Messages;
import org.crm.enlace.plan.ui.internal.editing.PlanTree;
import org.crm.enlace.plan.ui.internal.editing.ProgressSection;
import org.crm.enlace.plan.ui.internal.editing.ValueSection;
import org.crm.enlace.ui.AttributeForm;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The work plan: the plans in the store to choose from, the chosen one as a tree (work areas, objectives, results,
 * activities, with their indicators, timelines, responsible parties and resources), and for the chosen line its
 * follow-up: an activity's status history with notes and evidence and a progress entry, an indicator's value
 * entry. The Secretariat and the Pro Tempore Presidency open the plan editor from here; the progress entry's
 * changes are undone with Edit > Undo like an editor's.
 */
public final class PlanPart implements IEditingDomainProvider {

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	private RecordRepository repository;
	private CurrentUser user;
	private IEventBroker broker;
	private PlanEditors editors;
	private MPart part;
	private Combo chooser;
	private Label note;
	private Button edit;
	private Button newEdition;
	private TreeViewer tree;
	private Label detail;
	private FollowUpHistory history;
	private ProgressSection progress;
	private ValueSection value;
	private List<WorkPlan> plans = List.of();
	private Optional<WorkPlan> shown = Optional.empty();

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user, Clock clock,
			IEventBroker broker, PlanEditors editors) {
		this.part = part;
		this.repository = repository;
		this.user = user;
		this.broker = broker;
		this.editors = editors;
		GridLayoutFactory.swtDefaults().numColumns(5).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.format("part.plan"));
		chooser = new Combo(parent, SWT.READ_ONLY);
		chooser.setData(AttributeForm.WIDGET_ID, "plan.chooser");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser);
		chooser.addListener(SWT.Selection, e -> showPlan(plans.get(chooser.getSelectionIndex())));
		edit = Buttons.push(parent, "part.edit", "plan.edit", () -> shown.ifPresent(p -> editors.edit(part, p)));
		newEdition = Buttons.push(parent, "part.newEdition", "plan.newEdition",
				() -> shown.ifPresent(p -> editors.newEdition(part, p)));
		Button empty = Buttons.push(parent, "part.newEmpty", "plan.newEmpty", () -> editors.empty(part));
		note = new Label(parent, SWT.WRAP);
		note.setData(AttributeForm.WIDGET_ID, "plan.note");
		GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(note);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(sash);
		tree = PlanTree.create(sash, "plan.tree");
		tree.addSelectionChangedListener(e -> showLine(
				Optional.ofNullable((PlanItem) ((IStructuredSelection) e.getSelection()).getFirstElement())));
		ScrolledComposite scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite side = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(side);
		detail = new Label(side, SWT.WRAP);
		detail.setData(AttributeForm.WIDGET_ID, "plan.detail");
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(detail);
		history = new FollowUpHistory(side, repository);
		progress = new ProgressSection(side, domain, repository, user, clock, this::followedUp);
		value = new ValueSection(side, repository, user, clock, this::followedUp);
		scroller.setContent(side);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		// As wide as the pane, so the forms wrap there; as tall as they need, scrolling down.
		scroller.addListener(SWT.Resize, e -> scroller.setMinSize(side.computeSize(scroller.getClientArea().width,
				SWT.DEFAULT)));
		commandStack.addCommandStackListener(e -> {
			if (!detail.isDisposed()) {
				progress.showModel();
			}
		});
		sash.setWeights(5, 6);
		newEdition.setEnabled(Plans.mayEdit(user));
		empty.setEnabled(Plans.mayEdit(user));
		refresh();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (detail != null && !detail.isDisposed()) {
			refresh();
		}
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Focus
	void focus() {
		chooser.setFocus();
	}

	/** Reads the plans again, keeping the chosen one (else the plan in force saved last, else the first). */
	public void refresh() {
		plans = Plans.all(repository).stream().sorted(Comparator.comparing(WorkPlan::getCode,
				Comparator.nullsLast(Comparator.naturalOrder()))).toList();
		chooser.removeAll();
		plans.forEach(p -> chooser.add(PlanTree.title(p)));
		Optional<String> keep = shown.map(WorkPlan::getId)
				.or(() -> Plans.current(repository).map(WorkPlan::getId));
		Optional<WorkPlan> chosen = keep.flatMap(id -> plans.stream().filter(p -> p.getId().equals(id)).findFirst())
				.or(() -> plans.stream().findFirst());
		chosen.ifPresentOrElse(this::showPlan, () -> note.setText(Messages.format("part.noPlan")));
	}

	/** The plan shown, as read from the store. */
	public Optional<WorkPlan> plan() {
		return shown;
	}

	/** Chooses a line of the shown plan by key, as a click in the tree would. */
	public void select(String key) {
		PlanItem item = shown.flatMap(p -> PlanTree.find(p, key))
				.orElseThrow(() -> new IllegalArgumentException("no line " + key));
		tree.setSelection(new StructuredSelection(item), true);
	}

	public ProgressSection progress() {
		return progress;
	}

	private void showPlan(WorkPlan plan) {
		Optional<String> line = selectedKey();
		shown = Optional.of(plan);
		chooser.select(plans.indexOf(plan));
		note.setText(note(plan));
		// Only the owner's editors change a plan in place; the others start a new edition (the note says so).
		edit.setEnabled(Plans.mayEdit(user, plan));
		tree.setInput(plan);
		tree.expandAll();
		Optional<PlanItem> again = line.flatMap(key -> PlanTree.find(plan, key));
		again.ifPresentOrElse(i -> tree.setSelection(new StructuredSelection(i), true),
				() -> showLine(Optional.empty()));
	}

	private void showLine(Optional<PlanItem> line) {
		WorkPlan plan = shown.orElse(null);
		detail.setText(line.map(PlanTree::label).orElseGet(() -> Messages.format("part.chooseLine")));
		Optional<Activity> activity = line.filter(Activity.class::isInstance).map(Activity.class::cast);
		List<ActivityUpdate> updates = plan == null || activity.isEmpty() ? List.of()
				: FollowUp.updates(repository, plan).stream()
						.filter(u -> u.getItem().equals(activity.get().getKey())).toList();
		history.show(updates);
		progress.show(plan, activity);
		value.show(plan, line.filter(Indicator.class::isInstance).map(Indicator.class::cast));
		detail.getParent().layout(true, true);
	}

	private Optional<String> selectedKey() {
		return Optional.ofNullable((PlanItem) tree.getStructuredSelection().getFirstElement()).map(PlanItem::getKey);
	}

	/* A progress note or a value was saved: the other parts (the dashboard) read the store again too. */
	private void followedUp() {
		broker.post(RecordEvents.CHANGED, PlanPackage.Literals.ACTIVITY_UPDATE.getName());
		shown.ifPresent(this::showPlan);
	}

	private String note(WorkPlan plan) {
		if (!Plans.mayEdit(user)) {
			return Messages.format("part.note.reader");
		}
		return Plans.mayEdit(user, plan) ? Messages.format("part.note.own")
				: Messages.format("part.note.otherOwner", plan.getOwnerCountry());
	}
}
