package org.crm.enlace.records.ui;

import static org.crm.enlace.records.ui.internal.Widgets.column;
import static org.crm.enlace.records.ui.internal.Widgets.id;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.model.Record;
import org.crm.enlace.records.AttributeChange;
import org.crm.enlace.records.RecordSummary;
import org.crm.enlace.records.VersionDetail;
import org.crm.enlace.records.VersionRow;
import org.crm.enlace.records.ui.internal.Messages;
import org.crm.enlace.records.ui.internal.Widgets;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The versions of the record selected elsewhere (search results, the directory) that the user may see, newest
 * first; selecting one lists the attributes it changed since the version before it. Scrubbed versions say so and show
 * no content. Selections that are not records, and this view's own empty selection, leave the record shown.
 */
public final class HistoryPart {

	private final Locale locale = Locale.getDefault();
	private RecordRepository repository;
	private Label title;
	private TableViewer versions;
	private Label detail;
	private TableViewer changes;
	private List<RecordVersion> history = List.of();
	private List<VersionRow> rows = List.of();
	private Record pending;
	private String shownId;
	private String shownClass;
	private int shownVersion;

	@PostConstruct
	void create(Composite parent, RecordRepository repository) {
		this.repository = repository;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		title = id(new Label(parent, SWT.WRAP), "history.record");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

		versions = Widgets.table(sash, "history.versions");
		column(versions, "version", 40, Integer.class, i -> Integer.toString(rows.get(i).version()));
		column(versions, "date", 150, Integer.class, i -> rows.get(i).modifiedAt());
		column(versions, "who", 90, Integer.class, i -> rows.get(i).modifiedBy());
		column(versions, "operation", 85, Integer.class, i -> rows.get(i).operation());
		column(versions, "content", 80, Integer.class, i -> rows.get(i).content());
		versions.addSelectionChangedListener(e -> showDetail());

		Composite lower = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(lower);
		detail = id(new Label(lower, SWT.WRAP), "history.detail");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(detail);
		changes = Widgets.table(lower, "history.changes");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(changes.getControl());
		column(changes, "attribute", 120, AttributeChange.class, AttributeChange::label);
		column(changes, "oldValue", 140, AttributeChange.class, c -> orNone(c.oldValue()));
		column(changes, "newValue", 140, AttributeChange.class, c -> orNone(c.newValue()));

		title.setText(Messages.get("history.none"));
		if (pending != null) {
			follow(pending);
		}
	}

	/** The record selected in the active part; anything else keeps the record shown. */
	@Inject
	@Optional
	void follow(@Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
		if (!(selected instanceof Record record)) {
			return;
		}
		pending = record;
		if (versions != null && !versions.getControl().isDisposed()
				&& !(record.getId().equals(shownId) && record.getVersion() == shownVersion)) {
			load(record.getId());
		}
	}

	/** A saved change to a record of the shown one's class may have added a version: read its history again. */
	@Inject
	@Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object eClassName) {
		if (shownId != null && versions != null && !versions.getControl().isDisposed()
				&& (shownClass == null || shownClass.equals(eClassName))) {
			load(shownId);
		}
	}

	@Focus
	void focus() {
		versions.getControl().setFocus();
	}

	private void load(String id) {
		detail.setText("");
		try {
			history = repository.history(id);
		} catch (StoreException e) {
			history = List.of();
			detail.setText(e.getMessage());
		}
		rows = history.stream().map(v -> VersionRow.of(v, locale)).toList();
		shownId = id;
		shownVersion = history.isEmpty() ? -1 : history.getLast().version();
		shownClass = history.isEmpty() ? null : history.getLast().record().eClass().getName();
		title.setText(history.isEmpty() ? Messages.get("history.invisible")
				: Messages.format("history.title", RecordSummary.label(history.getLast().record(), locale)));
		List<Integer> newestFirst = IntStream.range(0, rows.size()).map(i -> rows.size() - 1 - i).boxed().toList();
		versions.setInput(newestFirst);
		changes.setInput(List.of());
		if (!newestFirst.isEmpty()) {
			versions.setSelection(new StructuredSelection(newestFirst.get(0)), true);
		}
		title.getParent().layout(true, true);
	}

	private void showDetail() {
		Integer index = (Integer) ((IStructuredSelection) versions.getSelection()).getFirstElement();
		if (index == null) {
			return;
		}
		VersionDetail shown = VersionDetail.of(history, index, locale);
		detail.setText(shown.heading(locale));
		changes.setInput(shown.changes());
		detail.getParent().layout(true, true);
	}

	private static String orNone(String value) {
		return value.isEmpty() ? Messages.get("value.none") : value;
	}
}
