package org.crm.enlace.specimens.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.SpecimensPackage;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.specimens.ui.internal.PushButtons;
import org.crm.enlace.specimens.ui.internal.SpecimenText;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The specimen register (work plan item 1.4.1): every document specimen the user may see, with how many false-document
 * alerts the user may see on each, filtered by words, issuing state and category. Double-click or Enter opens the
 * viewer beside the list. A liaison officer also has New (a specimen of the own country), Edit (the own country's
 * specimens only) and New alert on the selected specimen, each opening its editor beside the list.
 */
public final class SpecimensPart {

	private RecordRepository repository;
	private Text filter;
	private Combo state;
	private Combo category;
	private Label status;
	private TableViewer table;
	private Composite toolbar;
	private List<DocumentSpecimen> all = List.of();
	private List<DocumentSpecimen> shown = List.of();
	private Map<String, Long> alertCounts = Map.of();
	private List<String> states = List.of();

	private CurrentUser user;
	private Button edit;
	private Button newAlert;

	@PostConstruct
	void create(Composite parent, RecordRepository repository, MPart self, SpecimenViewers viewers,
			EPartService parts, @Optional CurrentUser user) {
		this.repository = repository;
		this.user = user;
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		Label filterLabel = new Label(bar, SWT.NONE);
		filterLabel.setText(Messages.format("register.filter"));
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setData(AttributeForm.WIDGET_ID, "register.filter");
		filter.setMessage(Messages.format("register.filterHint"));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(filter);
		filter.addListener(SWT.Modify, e -> applyFilters());
		state = combo(bar, "register.state");
		category = combo(bar, "register.category");
		toolbar = new Composite(bar, SWT.NONE);
		toolbar.setData(AttributeForm.WIDGET_ID, "register.toolbar");
		RowLayoutFactory.fillDefaults().spacing(4).applyTo(toolbar);
		if (EditorOpening.entersOwnCountrysRecords(user)) {
			PushButtons.add(toolbar, "register.new", () -> SpecimenEditors.open(parts, self, null));
			edit = PushButtons.add(toolbar, "register.edit",
					() -> selected().ifPresent(s -> SpecimenEditors.open(parts, self, s)));
			newAlert = PushButtons.add(toolbar, "register.newAlert",
					() -> selected().ifPresent(s -> AlertEditors.openNew(parts, self, s)));
		}

		status = new Label(parent, SWT.WRAP);
		status.setData(AttributeForm.WIDGET_ID, "register.status");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setData(AttributeForm.WIDGET_ID, "register.table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		column(SpecimensPackage.Literals.DOCUMENT_SPECIMEN__ISSUING_STATE, 170,
				s -> SpecimenText.country(s.getIssuingState()));
		column(SpecimensPackage.Literals.DOCUMENT_SPECIMEN__CATEGORY, 150,
				s -> SpecimenText.literal(s, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__CATEGORY));
		column(SpecimensPackage.Literals.DOCUMENT_SPECIMEN__DOCUMENT_TYPE, 110,
				s -> SpecimenText.literal(s, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__DOCUMENT_TYPE));
		column(SpecimensPackage.Literals.DOCUMENT_SPECIMEN__DOCUMENT_NAME, 240, s -> SpecimenText.text(s.getDocumentName()));
		column(SpecimensPackage.Literals.DOCUMENT_SPECIMEN__SERIES, 80, s -> SpecimenText.text(s.getSeries()));
		column(SpecimensPackage.Literals.DOCUMENT_SPECIMEN__FIRST_ISSUED, 100, s -> SpecimenText.date(s.getFirstIssued()));
		column(SpecimensPackage.Literals.DOCUMENT_SPECIMEN__STILL_VALID, 150, SpecimenText::validity);
		TextColumns.add(table, Messages.format("register.column.alerts"), 70, DocumentSpecimen.class,
				s -> Long.toString(alertCounts.getOrDefault(s.getId(), 0L)));
		table.addOpenListener(e -> selected().ifPresent(s -> viewers.open(self, s)));
		table.addSelectionChangedListener(e -> enableEditorButtons());
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
		filter.setFocus();
	}

	/** Reads the register again: on a record change, and in tests. */
	public void refresh() {
		all = repository.find(RecordQuery.of(SpecimensPackage.Literals.DOCUMENT_SPECIMEN), DocumentSpecimen.class)
				.stream().sorted(Comparator.comparing((DocumentSpecimen s) -> SpecimenText.text(s.getIssuingState()))
						.thenComparing(s -> s.getCategory() == null ? -1 : s.getCategory().getValue())
						.thenComparing(s -> SpecimenText.text(s.getDocumentName())))
				.toList();
		alertCounts = repository.find(RecordQuery.of(SpecimensPackage.Literals.FALSE_DOCUMENT_ALERT),
				FalseDocumentAlert.class).stream()
				.filter(a -> a.getSpecimenId() != null)
				.collect(Collectors.groupingBy(FalseDocumentAlert::getSpecimenId, Collectors.counting()));
		String chosenState = state.getSelectionIndex() > 0 ? states.get(state.getSelectionIndex() - 1) : null;
		states = all.stream().map(DocumentSpecimen::getIssuingState).distinct().sorted().toList();
		fill(state, "register.allStates", states.stream().map(SpecimenText::country).toList());
		state.select(chosenState == null ? 0 : states.indexOf(chosenState) + 1);
		int chosenCategory = Math.max(0, category.getSelectionIndex());
		fill(category, "register.allCategories", DocumentCategory.VALUES.stream()
				.map(c -> RecordNames.literal(
						SpecimensPackage.Literals.DOCUMENT_CATEGORY, c, Locale.getDefault()))
				.toList());
		category.select(chosenCategory);
		applyFilters();
	}

	/** The specimens the table shows now, in its order. */
	public List<DocumentSpecimen> shown() {
		return shown;
	}

	/** Where the register's editors add their buttons. */
	public Composite toolbar() {
		return toolbar;
	}

	/** Filters as the user would: words, an issuing state (ISO alpha-3, or null for all), a category (or null). */
	public void filter(String words, String issuingState, DocumentCategory documentCategory) {
		filter.setText(words);
		state.select(issuingState == null ? 0 : states.indexOf(issuingState) + 1);
		category.select(documentCategory == null ? 0 : documentCategory.getValue() + 1);
		applyFilters();
	}

	private void applyFilters() {
		List<String> words = Stream.of(fold(filter.getText()).split("\\s+")).filter(w -> !w.isEmpty()).toList();
		String chosenState = state.getSelectionIndex() > 0 ? states.get(state.getSelectionIndex() - 1) : null;
		DocumentCategory chosenCategory = category.getSelectionIndex() > 0
				? DocumentCategory.get(category.getSelectionIndex() - 1)
				: null;
		shown = all.stream().filter(s -> chosenState == null || chosenState.equals(s.getIssuingState()))
				.filter(s -> chosenCategory == null || chosenCategory == s.getCategory())
				.filter(s -> words.stream().allMatch(searchable(s)::contains)).toList();
		table.setInput(shown);
		enableEditorButtons();
		status.setText(all.isEmpty() ? Messages.format("register.empty")
				: shown.isEmpty() ? Messages.format("register.noneMatch", all.size())
						: Messages.format("register.count", shown.size(), all.size()));
		status.getParent().layout();
	}

	/* Everything a row shows, accents and case folded, so "peru" finds "Perú". */
	private String searchable(DocumentSpecimen s) {
		List<String> texts = new ArrayList<>(List.of(SpecimenText.country(s.getIssuingState()),
				SpecimenText.literal(s, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__CATEGORY),
				SpecimenText.literal(s, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__DOCUMENT_TYPE),
				SpecimenText.text(s.getDocumentName()), SpecimenText.text(s.getSeries()),
				SpecimenText.text(s.getDocumentCode()), SpecimenText.date(s.getFirstIssued())));
		return fold(String.join(" ", texts));
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	private static Combo combo(Composite bar, String id) {
		Combo combo = new Combo(bar, SWT.READ_ONLY);
		combo.setData(AttributeForm.WIDGET_ID, id);
		return combo;
	}

	private void fill(Combo combo, String allKey, List<String> items) {
		combo.removeAll();
		combo.add(Messages.format(allKey));
		items.forEach(combo::add);
		if (combo.getListeners(SWT.Selection).length == 0) {
			combo.addListener(SWT.Selection, e -> applyFilters());
		}
	}

	/* Edit only the own country's specimens (the store refuses the others' saves); an alert on any specimen. */
	private void enableEditorButtons() {
		if (edit == null) {
			return;
		}
		java.util.Optional<DocumentSpecimen> chosen = selected();
		boolean own = chosen.filter(s -> AccessRule.mayWrite(user, s)).isPresent();
		edit.setEnabled(own);
		edit.setToolTipText(chosen.isEmpty() || own ? null
				: Messages.format("register.edit.othersTip", SpecimenText.country(chosen.get().getOwnerCountry())));
		newAlert.setEnabled(chosen.isPresent());
	}

	private java.util.Optional<DocumentSpecimen> selected() {
		return java.util.Optional
				.ofNullable((DocumentSpecimen) ((IStructuredSelection) table.getSelection()).getFirstElement());
	}

	private void column(EStructuralFeature feature, int width,
			Function<DocumentSpecimen, String> text) {
		TextColumns.add(table, SpecimenText.attribute(feature), width, DocumentSpecimen.class, text);
	}
}
