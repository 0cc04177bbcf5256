package org.crm.enlace.intel.ui;

import java.util.List;
import java.util.function.Function;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.geo.Gazetteer;
import org.crm.enlace.geo.Place;
import org.crm.enlace.intel.Crossings;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.ui.internal.Messages;
import org.crm.enlace.intel.ui.internal.Widgets;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
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
 * The border crossing points users added. A liaison officer sees the own country's and keeps them (New starts one at
 * the country's capital, which the validator flags until the user gives the crossing's own coordinates; the map's
 * "Add crossing here" starts one where the user clicked); an analyst sees every crossing the access rule lets them
 * see. Double-click opens one.
 */
public final class CrossingsPart {

	private RecordRepository repository;
	private CurrentUser user;
	private TableViewer table;
	private Label status;
	private List<BorderCrossing> crossings = List.of();

	@PostConstruct
	void create(Composite parent, RecordRepository repository, CurrentUser user, MPart self,
			CrossingEditors editors) {
		this.repository = repository;
		this.user = user;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		status = new Label(bar, SWT.WRAP);
		status.setData(Widgets.WIDGET_ID, "crossings.status");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		if (keepsOwn()) {
			Place start = Gazetteer.shipped().capitals().stream().filter(c -> c.country().equals(user.country()))
					.findFirst().orElse(new Place(0, "", user.country(), "", "", 0, 0, 0));
			Widgets.button(bar, "crossings.new", "crossings.new",
					() -> editors.openNew(self, start.latitude(), start.longitude()));
		}
		Widgets.button(bar, "crossings.open", "crossings.open", () -> selected().ifPresent(c -> editors.open(self, c)));

		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setData(Widgets.WIDGET_ID, "crossings.table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		column("crossing.column.country", 60, BorderCrossing::getCountry);
		column("crossing.column.otherCountry", 75, BorderCrossing::getOtherCountry);
		column("crossing.field.name", 260, BorderCrossing::getName);
		column("crossing.field.kind", 110, CrossingText::kind);
		column("crossing.field.status", 110, CrossingText::status);
		column("crossing.column.point", 170, CrossingText::point);
		column("crossing.column.owner", 90, BorderCrossing::getOwnerCountry);
		table.addDoubleClickListener(e -> selected().ifPresent(c -> editors.open(self, c)));
		refresh();
	}

	@Inject
	@Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (table != null && !table.getControl().isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		table.getControl().setFocus();
	}

	/** Reads the crossings again: on a record change, and in tests. */
	public void refresh() {
		crossings = Crossings.visible(repository).stream()
				.filter(c -> !keepsOwn() || user.country().equals(c.getOwnerCountry())).toList();
		table.setInput(crossings);
		status.setText(Messages.format(keepsOwn() ? "crossings.countOwn" : "crossings.count", crossings.size(),
				user.country()));
		status.getParent().layout();
	}

	/** What the table shows, for tests. */
	public List<BorderCrossing> crossings() {
		return crossings;
	}

	/* Liaison officers enter their own country's data; everyone else reads what the network shares. */
	private boolean keepsOwn() {
		return user.role() == Role.LIAISON_OFFICER;
	}

	private java.util.Optional<BorderCrossing> selected() {
		return java.util.Optional
				.ofNullable((BorderCrossing) ((IStructuredSelection) table.getSelection()).getFirstElement());
	}

	private void column(String key, int width, Function<BorderCrossing, String> text) {
		TextColumns.add(table, Messages.get(key), width, BorderCrossing.class, text);
	}
}
