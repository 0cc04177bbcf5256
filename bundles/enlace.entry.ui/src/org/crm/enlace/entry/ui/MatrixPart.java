package org.crm.enlace.entry.ui;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.entry.matrix.MatrixFilter;
import org.crm.enlace.entry.matrix.MatrixRow;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.EntryRule;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The entry-authorization matrix as a workbench part: the {@link MatrixView}, read again when entry rules change.
 * Clicking a cell puts its rule into the selection (History follows) and opens the rule's editor.
 */
public final class MatrixPart {

	/** Widget ids for UI tests ({@code widget.getData(WIDGET_ID)}). */
	public static final String WIDGET_ID = MatrixView.WIDGET_ID;

	private ESelectionService selection;
	private RuleEditors editors;
	private MPart self;
	private MatrixView view;

	@PostConstruct
	void create(Composite parent, RecordRepository repository, Clock clock, ESelectionService selection,
			RuleEditors editors, MPart self) {
		this.selection = selection;
		this.editors = editors;
		this.self = self;
		view = new MatrixView(parent, repository, clock, Locale.getDefault(), this::show);
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		// Reading the matrix takes seconds: only a change of entry rules is worth it.
		if (EntryPackage.Literals.ENTRY_RULE.getName().equals(what) && view != null && !view.isDisposed()) {
			view.refresh();
		}
	}

	@Focus
	void focus() {
		view.setFocus();
	}

	/** Reads every rule again and shows them through the filter. */
	public void refresh() {
		view.refresh();
	}

	/** The rows shown, in order. */
	public List<MatrixRow> shownRows() {
		return view.shownRows();
	}

	/** What a click on a cell does: the rule into the selection and into its editor. */
	public void show(EntryRule rule) {
		selection.setSelection(rule);
		editors.open(self, rule);
	}

	public MatrixFilter filter() {
		return view.filter();
	}
}
