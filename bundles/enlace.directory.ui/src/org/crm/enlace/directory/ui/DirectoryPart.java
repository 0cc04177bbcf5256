package org.crm.enlace.directory.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.crm.enlace.core.country.CountryNames;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.directory.Directory;
import org.crm.enlace.directory.DirectoryColumn;
import org.crm.enlace.directory.DirectoryColumns;
import org.crm.enlace.directory.DirectoryRow;
import org.crm.enlace.directory.ui.internal.Messages;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.CountryStatus;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.user.CurrentUser;

/**
 * The directory of contact points (work plan item 1.2): every country with its permanent and alternate contact, the
 * member countries that still owe one highlighted, and the list of what is outstanding.
 */
public final class DirectoryPart {

	/** Widget ids for UI tests ({@code widget.getData(WIDGET_ID)}). */
	public static final String WIDGET_ID = "enlace.widget";

	private RecordRepository repository;
	private Clock clock;
	/** Observers' and IOM's users see the countries but not the members' contacts: no completeness to judge. */
	private boolean judgesCompleteness;
	private TableViewer table;
	private Label summary;
	private org.eclipse.swt.widgets.List issues;
	private Color incompleteBackground;

	@PostConstruct
	void create(Composite parent, RecordRepository repository, Clock clock, CurrentUser user,
			@org.eclipse.e4.core.di.annotations.Optional DirectoryColumns contributed, ContactEditors editors,
			MPart self, ESelectionService selection) {
		this.repository = repository;
		this.clock = clock;
		judgesCompleteness = AccessRule.seesReleasedToAllMembers(user.country());
		incompleteBackground = new Color(255, 228, 225);
		GridLayoutFactory.swtDefaults().applyTo(parent);

		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		summary = new Label(bar, SWT.NONE);
		summary.setData(WIDGET_ID, "directory.summary");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		button(bar, "button.editPermanent", () -> selected().ifPresent(r -> editors.open(self, r, ContactRole.PERMANENT)));
		button(bar, "button.editAlternate", () -> selected().ifPresent(r -> editors.open(self, r, ContactRole.ALTERNATE)));
		button(bar, "button.refresh", this::refresh);

		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setData(WIDGET_ID, "directory.table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		column("column.code", 70, r -> r.country().getCode());
		column("column.name", 170, r -> CountryNames.of(r.country()));
		column("column.status", 100, r -> Messages.get("status." + r.country().getStatus().name()));
		column("column.permanent", 260, r -> describe(r.permanent()));
		column("column.alternate", 260, r -> describe(r.alternate()));
		column("column.completeness", 110, DirectoryPart::completeness);
		if (contributed != null) {
			for (DirectoryColumn extra : contributed.columns()) {
				column(extra.header(Locale.getDefault()), 180, r -> extra.value(r, Locale.getDefault()), false);
			}
		}
		table.addDoubleClickListener(e -> selected().ifPresent(r -> editors.open(self, r, ContactRole.PERMANENT)));
		// The row's contact (the permanent one, else the alternate) for views that follow the selection, e.g. History.
		table.addSelectionChangedListener(e -> selection
				.setSelection(selected().flatMap(r -> r.permanent().or(r::alternate)).orElse(null)));

		Label issuesTitle = new Label(parent, SWT.NONE);
		issuesTitle.setText(Messages.get("issues.title"));
		issues = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL);
		issues.setData(WIDGET_ID, "directory.issues");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(issues);
		parent.addDisposeListener(e -> incompleteBackground.dispose());
		refresh();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (table != null && !table.getControl().isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		table.getControl().setFocus();
	}

	void refresh() {
		List<DirectoryRow> rows = Directory.rows(repository, clock.today());
		table.setInput(rows);
		long members = rows.stream().filter(r -> r.country().getStatus() == CountryStatus.MEMBER).count();
		long complete = rows.stream()
				.filter(r -> r.country().getStatus() == CountryStatus.MEMBER && r.isComplete()).count();
		summary.setText(judgesCompleteness ? Messages.format("summary", complete, members)
				: Messages.get("summary.notMember"));
		issues.removeAll();
		rows.stream().filter(r -> judgesCompleteness).flatMap(r -> r.issues().stream())
				.forEach(i -> issues.add(i.country() + " — " + i.describe()));
		if (issues.getItemCount() == 0) {
			issues.add(Messages.get("issues.none"));
		}
		summary.getParent().layout();
	}

	private Optional<DirectoryRow> selected() {
		Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return Optional.ofNullable((DirectoryRow) first);
	}

	private void button(Composite bar, String key, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(Messages.get(key));
		button.setData(WIDGET_ID, "directory." + key);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void column(String key, int width, Function<DirectoryRow, String> text) {
		column(Messages.get(key), width, text, true);
	}

	private void column(String header, int width, Function<DirectoryRow, String> text, boolean own) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.getColumn().setData(WIDGET_ID, own ? "directory.column" : "directory.column.contributed");
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((DirectoryRow) element);
			}

			@Override
			public Color getBackground(Object element) {
				return ((DirectoryRow) element).isComplete() ? null : incompleteBackground;
			}
		});
	}

	private static String describe(Optional<ContactPoint> contact) {
		return contact.map(c -> c.getFullName() + " <" + c.getEmail() + ">").orElse(Messages.get("contact.none"));
	}

	private static String completeness(DirectoryRow row) {
		if (row.country().getStatus() != CountryStatus.MEMBER) {
			return Messages.get("completeness.notRequired");
		}
		return Messages.get(row.isComplete() ? "completeness.complete" : "completeness.incomplete");
	}
}
