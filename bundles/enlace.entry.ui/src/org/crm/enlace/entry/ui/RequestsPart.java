package org.crm.enlace.entry.ui;

import java.util.List;
import java.util.function.Function;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.entry.model.ConfirmationRequest;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.request.ConfirmationRequests;
import org.crm.enlace.entry.request.RequestState;
import org.crm.enlace.entry.ui.internal.Messages;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * "Confirmation requests": the Secretariat sees every request it sent with its status; a destination's liaison
 * officer the open ones about its country's rules. A double click opens the rule's editor, where they are answered.
 */
public final class RequestsPart {

	private RecordRepository repository;
	private CurrentUser user;
	private TableViewer viewer;
	private Label count;

	@PostConstruct
	void create(Composite parent, RecordRepository repository, CurrentUser user, RuleEditors editors, MPart self) {
		this.repository = repository;
		this.user = user;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		count = new Label(parent, SWT.NONE);
		count.setData(MatrixPart.WIDGET_ID, "requests.count");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setData(MatrixPart.WIDGET_ID, "requests.table");
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("status", 110, RequestText::status);
		column("destination", 80, s -> s.request().getDestination());
		column("nationality", 110, s -> s.request().getNationality());
		column("version", 70, s -> String.valueOf(s.request().getRuleVersion()));
		column("reference", 200, s -> RequestText.reference(s.request()));
		column("requested", 200, s -> s.request().getRequestedOn() + " " + s.request().getAuthor());
		column("correction", 160, s -> RequestText.correction(s.request()));
		column("answer", 260, RequestText::answer);
		viewer.addDoubleClickListener(e -> {
			RequestState state = (RequestState) ((IStructuredSelection) e.getSelection()).getFirstElement();
			ConfirmationRequest request = state.request();
			repository.findById(request.getRuleId()).map(EntryRule.class::cast)
					.ifPresent(rule -> editors.open(self, rule));
		});
		refresh();
	}

	@Inject
	@Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (viewer != null && !viewer.getTable().isDisposed()) {
			refresh();
		}
	}

	/** Reads the requests again: the Secretariat's all, a destination's open ones. */
	public void refresh() {
		List<RequestState> states = ConfirmationRequests.refusal(user).isEmpty()
				? ConfirmationRequests.all(repository)
				: ConfirmationRequests.open(repository, user.country());
		viewer.setInput(states);
		count.setText(Messages.format("requests.count", states.size()));
		count.getParent().layout();
	}

	private void column(String name, int width, Function<RequestState, String> text) {
		TextColumns.add(viewer, Messages.get("requests.column." + name), width, RequestState.class, text);
	}
}
