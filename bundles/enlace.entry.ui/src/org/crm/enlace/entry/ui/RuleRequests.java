package org.crm.enlace.entry.ui;

import java.util.List;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.entry.model.EntryPackage.Literals;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.request.ConfirmationRequests;
import org.crm.enlace.entry.request.RequestAnswers;
import org.crm.enlace.entry.request.RequestState;
import org.crm.enlace.entry.ui.internal.Messages;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/**
 * The rule editor's confirmation requests: the Secretariat asks for a confirmation ("Request confirmation…"), the
 * destination's users see the requests about the rule and apply or reject an open one. Each is stored at once as a
 * record of its writer's own (never an edit of the rule in the editor, so not on its undo stack); applying writes
 * the rule, so it waits until the editor has no unsaved change.
 */
final class RuleRequests {

	/** What the editor does around an answer or a request. */
	interface Editor {
		boolean hasUnsavedChanges();

		/** The store now holds a changed record of this class: show the rule and its requests again. */
		void changed(EClass what);

		void showProblems(List<Problem> problems);
	}

	private final RecordRepository repository;
	private final CurrentUser user;
	private final Clock clock;
	private final EntryRule rule;
	private final Editor editor;
	private final org.eclipse.swt.widgets.List list;
	private final List<RequestState> states;
	private Button ask;
	private Button apply;
	private Button reject;

	RuleRequests(Composite parent, RecordRepository repository, CurrentUser user, Clock clock, EntryRule rule,
			Editor editor) {
		this.repository = repository;
		this.user = user;
		this.clock = clock;
		this.rule = rule;
		this.editor = editor;
		states = ConfirmationRequests.forRule(repository, rule.getId());
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.get("request.group"));
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		list = new org.eclipse.swt.widgets.List(group, SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
		list.setData(MatrixPart.WIDGET_ID, "rule.requests");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 50).applyTo(list);
		states.forEach(s -> list.add(RequestText.line(s)));
		if (states.isEmpty()) {
			list.add(Messages.get("request.none"));
		}
		if (ConfirmationRequests.refusal(user).isEmpty()) {
			ask = button(group, "request.ask", "rule.requestConfirmation");
			ask.addListener(SWT.Selection, e -> ask());
		}
		if (AccessRule.mayWrite(user, rule)) {
			apply = button(group, "request.apply", "rule.request.apply");
			apply.addListener(SWT.Selection, e -> apply());
			reject = button(group, "request.reject", "rule.request.reject");
			reject.addListener(SWT.Selection, e -> reject());
			list.addListener(SWT.Selection, e -> enable());
			states.stream().filter(RequestState::isOpen).findFirst().ifPresent(s -> list.select(states.indexOf(s)));
		}
	}

	/**
	 * Sets which buttons work now; called after the editor made its read-only fields, since the Secretariat's
	 * request is what it does with a rule it may not write.
	 */
	void enable() {
		list.setEnabled(true);
		if (ask != null) {
			ask.setEnabled(true);
		}
		if (apply != null) {
			boolean answerable = selected() != null && selected().isOpen() && !editor.hasUnsavedChanges();
			apply.setEnabled(answerable);
			reject.setEnabled(answerable);
		}
	}

	private RequestState selected() {
		int index = list.getSelectionIndex();
		return index >= 0 && index < states.size() ? states.get(index) : null;
	}

	private void ask() {
		RequestDialog dialog = new RequestDialog(list.getShell(),
				ConfirmationRequests.newRequest(user, rule, clock.today()),
				request -> ConfirmationRequests.create(repository, user, request));
		if (dialog.open() == Window.OK) {
			editor.changed(Literals.CONFIRMATION_REQUEST);
		}
	}

	private void apply() {
		answered(RequestAnswers.apply(repository, user, selected().request().getId(), clock.today()),
				Literals.ENTRY_RULE);
	}

	private void reject() {
		InputDialog reason = new InputDialog(list.getShell(), Messages.get("request.reject.title"),
				Messages.get("request.reject.reason"), "",
				text -> text.isBlank() ? Messages.get("request.reject.reasonMissing") : null);
		if (reason.open() == IDialogConstants.OK_ID) {
			answered(RequestAnswers.reject(repository, user, selected().request().getId(), reason.getValue(),
					clock.today()), Literals.CONFIRMATION_ANSWER);
		}
	}

	private void answered(List<Problem> problems, EClass changed) {
		if (problems.isEmpty()) {
			editor.changed(changed);
		} else {
			editor.showProblems(problems);
		}
	}

	private static Button button(Composite parent, String text, String id) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.get(text));
		button.setData(MatrixPart.WIDGET_ID, id);
		return button;
	}
}
