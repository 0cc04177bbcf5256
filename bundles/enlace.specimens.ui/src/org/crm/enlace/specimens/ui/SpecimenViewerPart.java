package org.crm.enlace.specimens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.specimens.ImageRefusedException;
import org.crm.enlace.specimens.SecurityFeatures;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.Thumbnails;
import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.Light;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensPackage;
import org.crm.enlace.specimens.ui.internal.ImagePane;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.specimens.ui.internal.PushButtons;
import org.crm.enlace.specimens.ui.internal.Sheet;
import org.crm.enlace.specimens.ui.internal.SpecimenText;
import org.crm.enlace.specimens.ui.internal.ZoomButtons;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.TextColumns;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * One specimen, read-only: its description, its pages (thumbnails), the page image under the chosen light with its
 * numbered security features drawn on it, the list of those features beside it, and the false-document alerts on it
 * that the user may see. A feature chosen in the list is highlighted and centred (the page and light switched when it
 * is elsewhere); a callout clicked on the image chooses its row. An alert opens a compare with the specimen. A
 * liaison officer may open the editor on the own country's specimen and report a false-document alert on it; when a
 * saved record changes the specimen or its alerts, the viewer shows them again.
 */
public final class SpecimenViewerPart {

	/** Thumbnails' longest side, in pixels. */
	private static final int THUMBNAIL_EDGE = 96;

	/** A row of the feature list: a callout and the page it is on. */
	public record Feature(SpecimenPage page, Callout callout) {
	}

	private RecordRepository repository;
	private DocumentSpecimen specimen;
	private Terms terms;
	private List<Sheet> sheets = List.of();
	private Table pages;
	private ImagePane pane;
	private TableViewer features;
	private TableViewer alerts;
	private List<Feature> featureRows = List.of();
	private List<FalseDocumentAlert> alertRows = List.of();
	private Composite toolbar;
	private final List<Image> thumbnails = new ArrayList<>();
	private boolean revealing;

	private Composite parent;
	private MPart self;
	private SpecimenViewers viewers;
	private EPartService parts;
	private CurrentUser user;
	/* What the parts show was read at: the specimen's version and its alerts' ids and versions. */
	private List<String> shownVersions = List.of();

	@PostConstruct
	void create(Composite parent, RecordRepository repository, MPart self, SpecimenViewers viewers,
			EPartService parts, @org.eclipse.e4.core.di.annotations.Optional CurrentUser user) {
		this.parent = parent;
		this.repository = repository;
		this.self = self;
		this.viewers = viewers;
		this.parts = parts;
		this.user = user;
		this.terms = Terms.load(repository);
		GridLayoutFactory.swtDefaults().applyTo(parent);
		parent.addListener(SWT.Dispose, e -> thumbnails.forEach(Image::dispose));
		build();
		if (!sheets.isEmpty()) {
			pages.select(0);
			showPage(0, null);
		} else if (pane != null) {
			pane.show(null, Light.VISIBLE);
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void recordsChanged(@UIEventTopic(RecordEvents.CHANGED) Object what) {
		if (parent != null && !parent.isDisposed()) {
			refresh();
		}
	}

	/**
	 * Reads the specimen and its alerts again (after an editor saved one of them, and in tests) and shows them anew
	 * when they changed, on the same page and light.
	 */
	public void refresh() {
		DocumentSpecimen stored = SpecimenViewers.recordOf(self, SpecimenViewers.SPECIMEN_ID, repository,
				DocumentSpecimen.class);
		if (versions(stored).equals(shownVersions)) {
			return;
		}
		int page = pages == null ? 0 : Math.max(0, pages.getSelectionIndex());
		Light light = pane == null ? null : pane.light().orElse(null);
		for (Control child : parent.getChildren()) {
			child.dispose();
		}
		thumbnails.forEach(Image::dispose);
		thumbnails.clear();
		build();
		if (!sheets.isEmpty()) {
			showPage(Math.min(page, sheets.size() - 1), light);
		} else if (pane != null) {
			pane.show(null, Light.VISIBLE);
		}
		parent.layout(true, true);
	}

	private List<String> versions(DocumentSpecimen stored) {
		if (stored == null) {
			return List.of();
		}
		List<String> versions = new ArrayList<>(List.of(stored.getId() + "@" + stored.getVersion()));
		Specimens.alertsOn(repository, stored.getId()).forEach(a -> versions.add(a.getId() + "@" + a.getVersion()));
		return versions;
	}

	private void build() {
		specimen = SpecimenViewers.recordOf(self, SpecimenViewers.SPECIMEN_ID, repository, DocumentSpecimen.class);
		shownVersions = versions(specimen);
		sheets = List.of();
		if (specimen == null) {
			pane = null;
			pages = null;
			Label gone = new Label(parent, SWT.WRAP);
			gone.setData(AttributeForm.WIDGET_ID, "viewer.gone");
			gone.setText(Messages.format("viewer.gone"));
			return;
		}
		header(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		// The viewer only reads: a liaison officer edits the own country's specimen, or reports an alert on any.
		toolbar = new Composite(bar, SWT.NONE);
		toolbar.setData(AttributeForm.WIDGET_ID, "viewer.toolbar");
		RowLayoutFactory.fillDefaults().spacing(4).applyTo(toolbar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(toolbar);
		if (EditorOpening.entersOwnCountrysRecords(user)) {
			if (AccessRule.mayWrite(user, specimen)) {
				PushButtons.add(toolbar, "viewer.edit", () -> SpecimenEditors.open(parts, self, specimen));
			}
			PushButtons.add(toolbar, "viewer.newAlert", () -> AlertEditors.openNew(parts, self, specimen));
		}

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		pages = new Table(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		pages.setData(AttributeForm.WIDGET_ID, "viewer.pages");
		pane = new ImagePane(sash, "viewer");
		ZoomButtons.add(bar, "viewer", pane.canvas());
		Composite side = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(side);
		featureList(side);
		alertList(side);
		sash.setWeights(15, 55, 30);

		sheets = Sheet.of(repository, specimen);
		fillPages();
		pages.addListener(SWT.Selection, e -> showPage(pages.getSelectionIndex(), null));
		// the strip is narrow: a long page label is read whole under the pointer
		pages.addListener(SWT.MouseHover, e -> {
			TableItem item = pages.getItem(new Point(e.x, e.y));
			pages.setToolTipText(item == null ? null : item.getText());
		});
		pane.canvas().addSelectionListener(this::calloutClicked);
		pane.addImageListener(this::pageOrLightChanged);
	}

	@Focus
	void focus() {
		if (pane != null) {
			pane.canvas().setFocus();
		}
	}

	/** The specimen shown (null when it was not found or may not be seen). */
	public DocumentSpecimen specimen() {
		return specimen;
	}

	/** Where another part of this bundle adds its buttons ("Edit"). */
	public Composite toolbar() {
		return toolbar;
	}

	public SpecimenCanvas canvas() {
		return pane.canvas();
	}

	/** The light of the image shown. */
	public Optional<Light> light() {
		return pane.light();
	}

	/** The index of the page shown among the specimen's pages. */
	public int page() {
		return pages.getSelectionIndex();
	}

	/** The rows of the feature list: every callout of every page. */
	public List<Feature> features() {
		return featureRows;
	}

	public List<FalseDocumentAlert> alerts() {
		return alertRows;
	}

	/** As a click on the feature's row does: its page and light shown, its callout highlighted and centred. */
	public void selectFeature(Feature feature) {
		features.setSelection(new StructuredSelection(feature), true);
	}

	public Optional<Feature> selectedFeature() {
		return Optional.ofNullable((Feature) ((IStructuredSelection) features.getSelection()).getFirstElement());
	}

	private void header(Composite parent) {
		Composite header = new Composite(parent, SWT.NONE);
		header.setData(AttributeForm.WIDGET_ID, "viewer.header");
		GridLayoutFactory.fillDefaults().numColumns(6).spacing(8, 2).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__ISSUING_STATE,
				SpecimenText.country(specimen.getIssuingState()));
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__CATEGORY,
				SpecimenText.literal(specimen, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__CATEGORY));
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__DOCUMENT_TYPE,
				SpecimenText.literal(specimen, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__DOCUMENT_TYPE));
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__DOCUMENT_NAME,
				SpecimenText.text(specimen.getDocumentName()));
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__SERIES, SpecimenText.text(specimen.getSeries()));
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__FIRST_ISSUED,
				SpecimenText.date(specimen.getFirstIssued()));
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__STILL_VALID, SpecimenText.validity(specimen));
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__FORMAT,
				SpecimenText.literal(specimen, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__FORMAT));
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__PAGE_COUNT,
				specimen.getPageCount() > 0 ? Integer.toString(specimen.getPageCount()) : "");
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__MATERIAL, SpecimenText.text(specimen.getMaterial()));
		field(header, SpecimensPackage.Literals.DOCUMENT_SPECIMEN__VALIDITIES, SpecimenText.validityByAge(specimen));
	}

	private static void field(Composite header, EStructuralFeature feature, String value) {
		Label name = new Label(header, SWT.NONE);
		name.setText(Messages.format("viewer.fieldName", SpecimenText.attribute(feature)));
		// level with the value's first line when the value wraps
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
		Label shown = new Label(header, SWT.WRAP);
		shown.setText(value.isEmpty() ? "—" : value);
		shown.setData(AttributeForm.WIDGET_ID, "viewer.field." + feature.getName());
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(shown);
	}

	private void featureList(Composite side) {
		Label title = new Label(side, SWT.NONE);
		title.setText(Messages.format("viewer.features"));
		features = table(side, "viewer.features");
		TextColumns.add(features, Messages.format("viewer.column.page"), 45, Feature.class,
				f -> Integer.toString(f.page().getNumber()));
		TextColumns.add(features, Messages.format("viewer.column.number"), 45, Feature.class,
				f -> Integer.toString(f.callout().getNumber()));
		TextColumns.add(features, Messages.format("viewer.column.feature"), 170, Feature.class,
				f -> terms.label(SecurityFeatures.VOCABULARY, f.callout().getFeatureCode(), Locale.getDefault()));
		TextColumns.add(features, Messages.format("viewer.column.light"), 110, Feature.class,
				f -> SpecimenText.literal(f.callout(), SpecimensPackage.Literals.CALLOUT__LIGHT));
		TextColumns.add(features, Messages.format("viewer.column.description"), 260, Feature.class,
				f -> SpecimenText.description(f.callout()));
		List<Feature> rows = new ArrayList<>();
		specimen.getPages().forEach(page -> page.getCallouts().forEach(c -> rows.add(new Feature(page, c))));
		featureRows = List.copyOf(rows);
		features.setInput(featureRows);
		features.addSelectionChangedListener(e -> {
			if (!revealing) {
				selectedFeature().ifPresent(this::reveal);
			}
		});
	}

	private void alertList(Composite side) {
		Label title = new Label(side, SWT.WRAP);
		title.setData(AttributeForm.WIDGET_ID, "viewer.alertsTitle");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		alerts = table(side, "viewer.alerts");
		column(alerts, "viewer.alert.kind", 130,
				a -> SpecimenText.literal(a, SpecimensPackage.Literals.FALSE_DOCUMENT_ALERT__KIND));
		column(alerts, "viewer.alert.country", 60, FalseDocumentAlert::getOwnerCountry);
		column(alerts, "viewer.alert.detectedOn", 90, a -> SpecimenText.date(a.getDetectedOn()));
		column(alerts, "viewer.alert.place", 170, a -> join(
				SpecimenText.literal(a, SpecimensPackage.Literals.FALSE_DOCUMENT_ALERT__PLACE_KIND),
				SpecimenText.text(a.getPlace())));
		column(alerts, "viewer.alert.deviations", 70, a -> Integer.toString(a.getDeviations().size()));
		column(alerts, "viewer.alert.marking", 110, SpecimenText::marking);
		alertRows = Specimens.alertsOn(repository, specimen.getId());
		alerts.setInput(alertRows);
		title.setText(alertRows.isEmpty() ? Messages.format("viewer.alerts.none")
				: Messages.format("viewer.alerts.count", alertRows.size()));
		alerts.addOpenListener(e -> selectedAlert().ifPresent(a -> viewers.compare(self, specimen.getId(), a.getId())));
		Button compare = new Button(side, SWT.PUSH);
		compare.setText(Messages.format("viewer.compare"));
		compare.setData(AttributeForm.WIDGET_ID, "viewer.compare");
		compare.addListener(SWT.Selection, e -> viewers.compare(self, specimen.getId(),
				selectedAlert().map(FalseDocumentAlert::getId).orElse(null)));
	}

	private Optional<FalseDocumentAlert> selectedAlert() {
		return Optional
				.ofNullable((FalseDocumentAlert) ((IStructuredSelection) alerts.getSelection()).getFirstElement());
	}

	private static String join(String first, String second) {
		return first.isEmpty() || second.isEmpty() ? first + second : first + ": " + second;
	}

	private static TableViewer table(Composite parent, String id) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setData(AttributeForm.WIDGET_ID, id);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 120).applyTo(viewer.getControl());
		return viewer;
	}

	private static void column(TableViewer viewer, String key, int width, Function<FalseDocumentAlert, String> text) {
		TextColumns.add(viewer, Messages.format(key), width, FalseDocumentAlert.class, text);
	}

	/*
	 * The pages listed by their labels at once; the thumbnails of each page's first image after the canvas' first
	 * paint, so the page image is on screen before they are read. A page whose image cannot be read keeps its label
	 * alone.
	 */
	private void fillPages() {
		for (Sheet sheet : sheets) {
			new TableItem(pages, SWT.NONE).setText(sheet.label());
		}
		Listener firstPaint = new Listener() {
			@Override
			public void handleEvent(Event e) {
				pane.canvas().removeListener(SWT.Paint, this);
				pages.getDisplay().asyncExec(SpecimenViewerPart.this::makeThumbnails);
			}
		};
		pane.canvas().addListener(SWT.Paint, firstPaint);
	}

	private void makeThumbnails() {
		if (pages.isDisposed()) {
			return;
		}
		Thumbnails cache = new Thumbnails(repository, THUMBNAIL_EDGE, Math.max(1, sheets.size()));
		for (int i = 0; i < sheets.size() && i < pages.getItemCount(); i++) {
			TableItem item = pages.getItem(i);
			sheets.get(i).shots().stream().findFirst().ifPresent(shot -> {
				try {
					Image thumbnail = new Image(pages.getDisplay(),
							PagePixels.decode(cache.png(shot.image().getAttachmentId())));
					thumbnails.add(thumbnail);
					item.setImage(thumbnail);
				} catch (ImageRefusedException e) {
					// the label says which page it is; the pane says why the image cannot be shown
				}
			});
		}
	}

	/** Whether the page list shows the thumbnails yet (they come after the first paint of the page image). */
	public boolean hasThumbnails() {
		return !thumbnails.isEmpty();
	}

	private void showPage(int index, Light preferred) {
		if (index < 0 || index >= sheets.size()) {
			return;
		}
		if (pages.getSelectionIndex() != index) {
			pages.select(index);
		}
		pane.show(sheets.get(index), preferred != null ? preferred : pane.light().orElse(Light.VISIBLE));
	}

	private void reveal(Feature feature) {
		int index = specimen.getPages().indexOf(feature.page());
		Light light = feature.callout().getImage() == null ? feature.callout().getLight()
				: feature.callout().getImage().getLight();
		if (index != pages.getSelectionIndex()) {
			showPage(index, light);
		} else {
			pane.showLight(light);
		}
		pane.canvas().reveal(feature.callout());
	}

	private void calloutClicked(Callout callout) {
		revealing = true;
		try {
			features.setSelection(callout == null ? StructuredSelection.EMPTY
					: new StructuredSelection(features().stream().filter(f -> f.callout() == callout).toList()), true);
		} finally {
			revealing = false;
		}
	}

	/* A row whose callout left the canvas (another page or light) is no longer the canvas' selection. */
	private void pageOrLightChanged() {
		selectedFeature().filter(f -> !pane.canvas().callouts().contains(f.callout())).ifPresent(f -> {
			revealing = true;
			try {
				features.setSelection(StructuredSelection.EMPTY);
			} finally {
				revealing = false;
			}
		});
	}
}
