package org.crm.enlace.cotravel.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.cotravel.links.CandidateLink;
import org.crm.enlace.cotravel.links.LinkDecisions;
import org.crm.enlace.cotravel.links.LinkExplanations;
import org.crm.enlace.cotravel.links.LinkPattern;
import org.crm.enlace.cotravel.links.Links;
import org.crm.enlace.cotravel.model.CoTravelPackage.Literals;
import org.crm.enlace.cotravel.model.LinkVerdict;
import org.crm.enlace.cotravel.ui.internal.AlertSections;
import org.crm.enlace.cotravel.ui.internal.LinkRuns;
import org.crm.enlace.cotravel.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;

/**
 * The analyst's "Linked persons" (issue 6 section 4): the same adult seen with different children and the same
 * child with different adults across the alerts the user may see, then every candidate and confirmed pair with its
 * score and explanation in words. Confirm and Reject save a {@link org.crm.enlace.cotravel.model.LinkDecision} at
 * once (no undo: another analyst's run may already rely on it; deciding again changes it, its history keeps both)
 * and run the linkage again. The linkage runs when asked, in a progress dialog that can be cancelled.
 */
public final class LinkedPersonsPart {

	private RecordRepository repository;
	private CurrentUser user;
	private MPart self;
	private CoTravelEditors editors;
	private IEventBroker broker;
	private Label status;
	private TableViewer patterns;
	private TableViewer pairs;
	private Text note;
	private Label explanation;
	private Links links;

	@PostConstruct
	void create(Composite parent, RecordRepository repository, CurrentUser user, MPart self,
			CoTravelEditors editors, @org.eclipse.e4.core.di.annotations.Optional IEventBroker broker) {
		this.repository = repository;
		this.user = user;
		this.self = self;
		this.editors = editors;
		this.broker = broker;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = bar(parent, 2);
		status = new Label(bar, SWT.WRAP);
		status.setText(Messages.get("links.notRun"));
		status.setData(AttributeForm.WIDGET_ID, "links.status");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		AlertSections.button(bar, "links.run", "links.run", this::run);

		new Label(parent, SWT.NONE).setText(Messages.get("links.patterns"));
		patterns = table(parent, "links.patterns", 110);
		column(patterns, "links.column.pattern", 260, LinkPattern.class,
				p -> Messages.get("links.pattern." + p.kind().name().toLowerCase(java.util.Locale.ROOT)));
		column(patterns, "links.column.person", 330, LinkPattern.class,
				p -> LinkRuns.person(links, p.person().get(0)));
		column(patterns, "links.column.alerts", 260, LinkPattern.class, p -> p.alertIds().stream()
				.map(id -> links.alert(id).map(LinkRuns::alert).orElse("")).collect(Collectors.joining(", ")));
		column(patterns, "links.column.companions", 90, LinkPattern.class, p -> String.valueOf(p.companions()));
		Composite patternBar = bar(parent, 1);
		AlertSections.button(patternBar, "links.openPattern", "links.openPattern",
				() -> selected(patterns, LinkPattern.class).ifPresent(p -> open(p.alertIds())));

		new Label(parent, SWT.NONE).setText(Messages.get("links.pairs"));
		pairs = table(parent, "links.pairs", 160);
		column(pairs, "links.column.status", 90, CandidateLink.class, LinkRuns::status);
		column(pairs, "links.column.score", 95, CandidateLink.class, LinkRuns::score);
		column(pairs, "links.column.a", 360, CandidateLink.class, l -> LinkRuns.person(links, l.a()));
		column(pairs, "links.column.b", 360, CandidateLink.class, l -> LinkRuns.person(links, l.b()));
		explanation = new Label(parent, SWT.WRAP);
		explanation.setData(AttributeForm.WIDGET_ID, "links.explanation");
		GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(explanation);
		pairs.addSelectionChangedListener(e -> showExplanation());
		pairs.addDoubleClickListener(e -> selected(pairs, CandidateLink.class)
				.ifPresent(l -> open(List.of(l.a().alertId(), l.b().alertId()))));

		Composite decide = bar(parent, 5);
		new Label(decide, SWT.NONE).setText(Messages.get("links.note"));
		note = new Text(decide, SWT.BORDER);
		note.setData(AttributeForm.WIDGET_ID, "links.note");
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(note);
		AlertSections.button(decide, "links.confirm", "links.confirm", () -> decide(LinkVerdict.CONFIRMED));
		AlertSections.button(decide, "links.reject", "links.reject", () -> decide(LinkVerdict.REJECTED));
		AlertSections.button(decide, "links.openPair", "links.openPair", () -> selected(pairs, CandidateLink.class)
				.ifPresent(l -> open(List.of(l.a().alertId(), l.b().alertId()))));
	}

	@Focus
	void focus() {
		pairs.getControl().setFocus();
	}

	/** Runs the linkage over the alerts the user may see and shows what it found; a cancelled run changes nothing. */
	public void run() {
		LinkRuns.run(status.getShell(), repository).ifPresent(this::show);
	}

	/** What the part shows, for tests; empty before the first run. */
	public Optional<Links> links() {
		return Optional.ofNullable(links);
	}

	/** Selects a pair, as a click does; for tests. */
	public void select(CandidateLink link) {
		pairs.setSelection(new StructuredSelection(link), true);
		showExplanation();
	}

	/* Saved at once as a record of the analyst's country, then the run again, which respects it. */
	private void decide(LinkVerdict verdict) {
		Optional<CandidateLink> link = selected(pairs, CandidateLink.class);
		if (link.isEmpty()) {
			return;
		}
		LinkDecisions.decide(repository, user.country(), link.get().a(), link.get().b(), verdict,
				note.getText().isBlank() ? null : note.getText().strip());
		note.setText("");
		if (broker != null) {
			broker.post(RecordEvents.CHANGED, Literals.LINK_DECISION.getName());
		}
		run();
	}

	private void show(Links found) {
		links = found;
		patterns.setInput(found.patterns());
		pairs.setInput(found.pairs());
		long confirmed = found.pairs().stream().filter(CandidateLink::confirmed).count();
		status.setText(Messages.format("links.count", found.patterns().size(), found.pairs().size() - confirmed,
				confirmed));
		explanation.setText("");
		status.getParent().getParent().layout(true, true);
	}

	private void showExplanation() {
		explanation.setText(selected(pairs, CandidateLink.class)
				.map(l -> Messages.format("links.why", LinkExplanations.summary(l.explanation()))).orElse(""));
		explanation.getParent().layout(true, true);
	}

	private void open(List<String> alertIds) {
		Set<String> ids = new LinkedHashSet<>(alertIds);
		for (String id : ids) {
			links.alert(id).ifPresent(alert -> editors.open(self, alert));
		}
	}

	private static Composite bar(Composite parent, int columns) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		return bar;
	}

	private static TableViewer table(Composite parent, String widgetId, int height) {
		TableViewer table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setData(AttributeForm.WIDGET_ID, widgetId);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, height).applyTo(table.getControl());
		return table;
	}

	private static <T> void column(TableViewer table, String key, int width, Class<T> type, Function<T, String> value) {
		TextColumns.add(table, Messages.get(key), width, type, value);
	}

	private static <T> Optional<T> selected(TableViewer table, Class<T> type) {
		Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return type.isInstance(first) ? Optional.of(type.cast(first)) : Optional.empty();
	}
}
