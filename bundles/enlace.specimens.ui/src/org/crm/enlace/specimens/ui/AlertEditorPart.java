package org.crm.enlace.specimens.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.SpecimenValidator;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.FalseDocumentKind;
import org.crm.enlace.specimens.model.SpecimensPackage.Literals;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorFeedback;
import org.crm.enlace.ui.MarkingSection;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * Edits one false-document alert of the user's country: the kind of fraud, the genuine specimen it imitates (chosen
 * among the specimens the user may see), where and when it was detected, a note, the alert's own images and the
 * deviations found on them (the specimen editor's callout table), and the marking, TLP AMBER by default. Undo, redo,
 * validation and the images' wait until Save are the specimen editor's.
 */
public final class AlertEditorPart implements IEditingDomainProvider {

	private EditorSession session;
	private RecordRepository repository;
	private MPart part;
	private FalseDocumentAlert alert;
	private EditorFeedback status;
	private AttributeForm fields;
	private RecordChoice<DocumentSpecimen> imitated;
	private ImageSlots images;
	private CalloutTable deviations;
	private CalloutDrawing drawing;
	private MarkingSection marking;
	private Runnable showAll;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user,
			@Optional IEventBroker broker, @Optional ImageLimits limits) {
		this.part = part;
		this.repository = repository;
		session = new EditorSession(repository, limits, part, AlertEditors.ALERT_ID, broker);
		String id = EditorOpening.idOf(part, AlertEditors.ALERT_ID);
		alert = id == null
				? Specimens.newAlert(user.country(), FalseDocumentKind.COUNTERFEIT,
						EditorOpening.idOf(part, AlertEditors.IMITATED_ID))
				: repository.findById(id).map(FalseDocumentAlert.class::cast).orElseThrow();
		boolean editable = AccessRule.mayWrite(user, alert);
		session.images.pending().knowStored(alert.getImages());
		showLabel();

		Composite content = EditorSession.scrolledContent(parent);
		status = new EditorFeedback(content, "alertEditor");
		if (!editable) {
			EditorSession.readOnlyReason(content, "alertEditor.readOnly",
					Messages.format("alertEditor.readOnly", alert.getOwnerCountry()));
		}
		Group facts = EditorTexts.group(content, "alertEditor.facts", 2);
		imitated = new RecordChoice<>(facts, session.domain, alert, Literals.FALSE_DOCUMENT_ALERT__SPECIMEN_ID,
				EditorTexts.field(Literals.FALSE_DOCUMENT_ALERT__SPECIMEN_ID), this::visibleSpecimens,
				() -> "", AlertEditorPart::specimenName, "alertEditor.specimenId");
		fields = new AttributeForm(facts, session.domain, alert,
				List.of(Literals.FALSE_DOCUMENT_ALERT__KIND, Literals.FALSE_DOCUMENT_ALERT__PLACE_KIND,
						Literals.FALSE_DOCUMENT_ALERT__PLACE, Literals.FALSE_DOCUMENT_ALERT__DETECTED_ON,
						Literals.FALSE_DOCUMENT_ALERT__NOTE),
				"alertEditor", EditorTexts::field, EditorTexts::literal);
		Group pictures = EditorTexts.group(content, "alertEditor.images", 1);
		images = new ImageSlots(pictures, session.domain, alert, Literals.FALSE_DOCUMENT_ALERT__IMAGES,
				Literals.FALSE_DOCUMENT_ALERT__DEVIATIONS, session.images, status::status,
				session.confirmation(content), editable, "alertEditor");
		new Label(pictures, SWT.NONE).setText(EditorTexts.field(Literals.FALSE_DOCUMENT_ALERT__DEVIATIONS));
		deviations = new CalloutTable(pictures,
				new CalloutCreation(session.domain, alert, Literals.FALSE_DOCUMENT_ALERT__DEVIATIONS),
				alert::getImages, alert::getDeviations, Terms.load(repository), status::status, editable,
				"alertEditor");
		drawing = new CalloutDrawing(pictures, deviations, session.images::pixels, "alertEditor");
		marking = new MarkingSection(content, session.domain, alert);
		if (!editable) {
			EditorSession.readOnly(content);
		}
		showAll = session.showAfterEachCommand(content, status, () -> {
			imitated.showModel();
			fields.showModel();
			images.showModel();
			deviations.showModel();
			marking.showModel();
		}, this::currentProblems);
		status.showVersion(alert);
		showAll.run();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return session.domain;
	}

	@Focus
	void focus() {
		status.focusEditor();
	}

	/** Stores the alert and its new images unless a problem is listed; says what happened in the status line. */
	@Persist
	public void save() {
		fields.commitAll();
		marking.commitAll();
		session.save(status, repository, alert, currentProblems(), AlertEditorPart::asText, alert.getImages())
				.ifPresent(saved -> showLabel());
		showAll.run();
	}

	public List<Problem> currentProblems() {
		List<Problem> found = new ArrayList<>(fields.unreadableFields());
		found.addAll(marking.unreadableFields());
		found.addAll(SpecimenValidator.validate(alert, repository));
		found.addAll(MarkingValidator.validate(alert));
		return found;
	}

	public FalseDocumentAlert alert() {
		return alert;
	}

	public ImageSlots images() {
		return images;
	}

	/** The alert's image with its deviations, where they are drawn with the mouse. */
	public CalloutDrawing drawing() {
		return drawing;
	}

	public CalloutTable deviations() {
		return deviations;
	}

	/** The specimens offered as imitated, as the chooser lists them after "—". */
	public List<String> specimensOffered() {
		return imitated.offered().subList(1, imitated.offered().size());
	}

	/** Answers the question asked before an image's deviations go with it, instead of a dialog (for tests). */
	public void confirmWith(Predicate<String> answer) {
		session.confirmWith(answer);
	}

	/* Every specimen the user may see, by issuing state, category and name. */
	private List<DocumentSpecimen> visibleSpecimens() {
		return repository.findAll(Literals.DOCUMENT_SPECIMEN, DocumentSpecimen.class).stream()
				.sorted(Comparator.comparing(DocumentSpecimen::getIssuingState)
						.thenComparing(DocumentSpecimen::getCategory)
						.thenComparing(s -> Objects.toString(s.getDocumentName(), "")))
				.toList();
	}

	static String specimenName(DocumentSpecimen specimen) {
		return Messages.format("alertEditor.specimen.name", specimen.getIssuingState(),
				Specimens.label(specimen.getCategory()), Objects.toString(specimen.getDocumentName(), ""),
				Objects.toString(specimen.getSeries(), "")).strip();
	}

	private void showLabel() {
		part.setLabel(alert.getVersion() == 0 ? Messages.get("alertEditor.newTitle")
				: Messages.format("alertEditor.title", EditorTexts.literal(Literals.FALSE_DOCUMENT_KIND
						.getEEnumLiteral(alert.getKind().getValue())), alert.getDetectedOn()));
	}

	/* An alert as a few lines for a person comparing the stored version with the edited one after a stale save. */
	private static String asText(FalseDocumentAlert alert) {
		return String.join("\n",
				EditorTexts.field(Literals.FALSE_DOCUMENT_ALERT__KIND) + ": "
						+ EditorTexts.literal(Literals.FALSE_DOCUMENT_KIND.getEEnumLiteral(alert.getKind().getValue())),
				EditorTexts.field(Literals.FALSE_DOCUMENT_ALERT__PLACE) + ": " + alert.getPlace(),
				EditorTexts.field(Literals.FALSE_DOCUMENT_ALERT__DETECTED_ON) + ": " + alert.getDetectedOn());
	}
}
