package org.crm.enlace.records.ui;

import static org.crm.enlace.records.ui.internal.Widgets.column;
import static org.crm.enlace.records.ui.internal.Widgets.id;
import static org.crm.enlace.records.ui.internal.Widgets.shown;

import java.util.Locale;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.Record;
import org.crm.enlace.records.SearchOutcome;
import org.crm.enlace.records.SearchRow;
import org.crm.enlace.records.ui.internal.Messages;
import org.crm.enlace.records.ui.internal.Widgets;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Full-text search across every record the user may see: type a query and press Enter. Problems (a query that is
 * not valid, an index that must be rebuilt) are shown in the part, with a button to rebuild the index when needed.
 * The selected record is published through the selection service, so the History view follows it.
 */
public final class SearchPart {

	private final Locale locale = Locale.getDefault();
	private RecordRepository repository;
	private RecordStore store;
	private Text query;
	private Label count;
	private Composite problemBar;
	private Label problem;
	private Button rebuild;
	private TableViewer results;
	private SearchOutcome outcome;

	@PostConstruct
	void create(Composite parent, RecordRepository repository, @Optional RecordStore store,
			ESelectionService selection, IEventBroker events, MWindow window, EModelService models,
			EPartService parts) {
		this.repository = repository;
		this.store = store;
		GridLayoutFactory.swtDefaults().applyTo(parent);

		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		query = id(new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "search.query");
		query.setMessage(Messages.get("search.hint"));
		query.setToolTipText(Messages.get("search.syntax"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		query.addListener(SWT.DefaultSelection, e -> search());
		count = id(new Label(bar, SWT.NONE), "search.count");
		GridDataFactory.fillDefaults().hint(280, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(count);

		problemBar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(problemBar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problemBar);
		problem = id(new Label(problemBar, SWT.WRAP), "search.problem");
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(problem);
		rebuild = id(new Button(problemBar, SWT.PUSH), "search.rebuild");
		rebuild.setText(Messages.get("search.rebuild"));
		GridDataFactory.swtDefaults().applyTo(rebuild);
		rebuild.addListener(SWT.Selection, e -> SearchIndexRebuild.run(parent.getShell(), store, events));

		results = Widgets.table(parent, "search.results");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(results.getControl());
		column(results, "type", 140, SearchRow.class, SearchRow::type);
		column(results, "summary", 360, SearchRow.class, SearchRow::summary);
		column(results, "owner", 80, SearchRow.class, SearchRow::owner);
		column(results, "tlp", 120, SearchRow.class, SearchRow::tlp);
		column(results, "modified", 170, SearchRow.class, SearchRow::modified);
		results.addSelectionChangedListener(e -> selection.setSelection(selected()));
		results.addDoubleClickListener(e -> {
			selection.setSelection(selected());
			RecordParts.show(window, models, parts, RecordParts.HISTORY_TAG, RecordParts.HISTORY_DESCRIPTOR,
					PartState.VISIBLE);
		});
		show(initialOutcome());
	}

	/** After a rebuild, a search that was refused for want of an index is run again. */
	@Inject
	@Optional
	void indexRebuilt(@UIEventTopic(SearchIndexRebuild.REBUILT) Object completed) {
		if (results != null && !results.getControl().isDisposed() && outcome.rebuildNeeded()) {
			search();
		}
	}

	@Focus
	void focus() {
		query.setFocus();
	}

	/** Puts the cursor in the query field with its text selected, ready to type a new query. */
	public void focusQuery() {
		if (query.isDisposed()) {
			return;
		}
		query.setFocus();
		query.selectAll();
	}

	private void search() {
		String typed = query.getText();
		if (typed.isBlank()) {
			show(initialOutcome());
			return;
		}
		BusyIndicator.showWhile(query.getDisplay(), () -> show(SearchOutcome.run(repository, typed, locale)));
	}

	private SearchOutcome initialOutcome() {
		return store != null && !store.searchReady() ? SearchOutcome.indexNotReady(locale) : SearchOutcome.NONE;
	}

	private void show(SearchOutcome shown) {
		outcome = shown;
		results.setInput(shown.rows());
		count.setText(shown.count(locale));
		problem.setText(shown.problem());
		shown(problemBar, shown.hasProblem());
		shown(rebuild, shown.rebuildNeeded() && store != null);
		problemBar.getParent().layout(true, true);
	}

	private Record selected() {
		SearchRow row = (SearchRow) ((IStructuredSelection) results.getSelection()).getFirstElement();
		return row == null ? null : row.record();
	}
}
