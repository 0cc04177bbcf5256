package org.crm.enlace.entry.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.entry.EntryRuleValidator;
import org.crm.enlace.entry.RuleConfirmation;
import org.crm.enlace.entry.matrix.Nationalities;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.ui.internal.Messages;
import org.crm.enlace.ui.EditorFeedback;
import org.crm.enlace.ui.MarkingSection;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * Edits one entry rule: its fields, its exceptions, its marking, its confirmation by the destination, and the
 * Secretariat's requests to confirm it ({@link RuleRequests}). Changes go through an EMF command stack (undo, redo);
 * saving lists validation problems instead of storing an invalid rule, and a stale save shows both versions instead
 * of overwriting someone else's change. A user who may not write the rule sees it read-only, with the reason.
 */
public final class RuleEditorPart implements IEditingDomainProvider, RuleRequests.Editor {

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	private RecordRepository repository;
	private Clock clock;
	private IEventBroker broker;
	private CurrentUser user;
	private MPart part;
	private EntryRule rule;
	private ScrolledComposite scroller;
	private Composite content;
	private EditorFeedback feedback;
	private RuleForm form;
	private MarkingSection marking;
	private RuleRequests requests;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, Clock clock, IEventBroker broker,
			CurrentUser user) {
		this.part = part;
		this.repository = repository;
		this.clock = clock;
		this.broker = broker;
		this.user = user;
		parent.setLayout(new FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		commandStack.addCommandStackListener(e -> {
			if (feedback != null && !feedback.isDisposed()) {
				form.showModel();
				marking.showModel();
				part.setDirty(commandStack.isSaveNeeded());
				feedback.showProblems(currentProblems());
				requests.enable();
			}
		});
		load((String) part.getTransientData().get(RuleEditors.RULE_ID));
	}

	/** Shows another rule; the editor must have no unsaved change. */
	void load(String id) {
		rule = repository.findById(id).map(EntryRule.class::cast).orElseThrow();
		part.getTransientData().put(RuleEditors.RULE_ID, id);
		commandStack.flush();
		part.setDirty(false);
		part.setLabel(Messages.format("editor.title", rule.getNationality(), rule.getDestination()));
		if (content != null) {
			content.dispose();
		}
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		feedback = new EditorFeedback(content, "rule");
		new Label(content, SWT.NONE).setText(Messages.format("editor.heading",
				Nationalities.name(rule.getNationality(), java.util.Locale.getDefault()), rule.getNationality(),
				rule.getDestination()));
		confirmBar(content);
		requests = new RuleRequests(content, repository, user, clock, rule, this);
		form = new RuleForm(content, domain, rule);
		marking = new MarkingSection(content, domain, rule);
		feedback.showVersion(rule);
		RuleConfirmation.refusal(user, rule).ifPresent(reason -> {
			readOnly(content);
			feedback.status(reason);
		});
		requests.enable();
		scroller.setContent(content);
		scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		feedback.showProblems(currentProblems());
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public boolean hasUnsavedChanges() {
		return commandStack.isSaveNeeded();
	}

	@Override
	public void changed(EClass what) {
		load(rule.getId());
		broker.post(RecordEvents.CHANGED, what.getName());
	}

	@Override
	public void showProblems(List<Problem> problems) {
		feedback.showProblems(problems);
	}

	@Focus
	void focus() {
		content.setFocus();
	}

	/** Confirms as the destination: one undoable change, saved with the next save. */
	public void confirm() {
		CompoundCommand confirmation = new CompoundCommand();
		for (Map.Entry<org.eclipse.emf.ecore.EAttribute, Object> value : RuleConfirmation
				.values(user, rule, clock.today()).entrySet()) {
			confirmation.append(SetCommand.create(domain, rule, value.getKey(), value.getValue()));
		}
		commandStack.execute(confirmation);
	}

	@Persist
	void save() {
		form.commitAll();
		marking.commitAll();
		feedback.save(repository, rule, currentProblems(), RuleText::of).ifPresent(saved -> {
			commandStack.saveIsDone();
			part.setDirty(false);
			broker.post(RecordEvents.CHANGED, EntryPackage.Literals.ENTRY_RULE.getName());
		});
	}

	List<Problem> currentProblems() {
		List<Problem> found = new ArrayList<>(form.unreadableFields());
		found.addAll(marking.unreadableFields());
		found.addAll(EntryRuleValidator.validate(rule));
		found.addAll(MarkingValidator.validate(rule));
		return found;
	}

	private void confirmBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		Button confirm = new Button(bar, SWT.PUSH);
		confirm.setText(Messages.get("editor.confirm"));
		confirm.setData(MatrixPart.WIDGET_ID, "rule.confirm");
		confirm.setEnabled(RuleConfirmation.refusal(user, rule).isEmpty());
		confirm.addListener(SWT.Selection, e -> confirm());
		Label confirmation = new Label(bar, SWT.NONE);
		confirmation.setData(MatrixPart.WIDGET_ID, "rule.confirmation");
		confirmation.setText(RuleText.confirmation(rule));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(confirmation);
		commandStack.addCommandStackListener(e -> {
			if (!confirmation.isDisposed()) {
				confirmation.setText(RuleText.confirmation(rule));
				confirmation.getParent().layout();
			}
		});
	}

	/** A rule the user may not write: every field shown, none editable. */
	private static void readOnly(Composite parent) {
		for (Control child : parent.getChildren()) {
			// A Combo is a Composite in SWT: it is disabled itself, not its insides.
			if (child instanceof Composite composite && !(child instanceof Combo)) {
				readOnly(composite);
			} else if (!(child instanceof Label) && !(child instanceof org.eclipse.swt.widgets.List)) {
				child.setEnabled(false);
			}
		}
	}
}
