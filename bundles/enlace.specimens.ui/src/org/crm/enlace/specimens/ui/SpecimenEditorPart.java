package org.crm.enlace.specimens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.SpecimenValidator;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.crm.enlace.specimens.model.PageImage;
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
 * Edits one document specimen of the user's country: every field, the validity by the holder's age, the link to the
 * issuance procedure, the pages with their images under each light and their numbered callouts, and the marking.
 * Every change is a command on the part's stack (Edit &gt; Undo and Redo, Ctrl+Z and Ctrl+Y); Save lists the
 * validator's problems and stores nothing while there are any. Imported images wait in the editor until Save (see
 * {@link PendingImages}). Another country's specimen is shown read-only, and the store refuses its save anyway.
 */
public final class SpecimenEditorPart implements IEditingDomainProvider {

	private EditorSession session;
	private RecordRepository repository;
	private MPart part;
	private DocumentSpecimen specimen;
	private EditorFeedback status;
	private AttributeForm fields;
	private CommandFields numbers;
	private RecordChoice<DocumentProcedure> procedure;
	private ValiditySection validities;
	private PagesSection pages;
	private MarkingSection marking;
	private Runnable showAll;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user,
			@Optional IEventBroker broker, @Optional ImageLimits limits) {
		this.part = part;
		this.repository = repository;
		session = new EditorSession(repository, limits, part, SpecimenEditors.SPECIMEN_ID, broker);
		String id = EditorOpening.idOf(part, SpecimenEditors.SPECIMEN_ID);
		specimen = id == null ? Specimens.newSpecimen(user.country(), "P", DocumentCategory.PASSPORT)
				: repository.findById(id).map(DocumentSpecimen.class::cast).orElseThrow();
		boolean editable = AccessRule.mayWrite(user, specimen);
		specimen.getPages().forEach(page -> session.images.pending().knowStored(page.getImages()));
		showLabel();

		Composite content = EditorSession.scrolledContent(parent);
		status = new EditorFeedback(content, "editor");
		if (!editable) {
			EditorSession.readOnlyReason(content, "editor.readOnly",
					Messages.format("editor.readOnly", specimen.getOwnerCountry()));
		}
		Group document = EditorTexts.group(content, "editor.document", 2);
		fields = new AttributeForm(document, session.domain, specimen,
				List.of(Literals.DOCUMENT_SPECIMEN__DOCUMENT_CODE, Literals.DOCUMENT_SPECIMEN__ISSUING_STATE,
						Literals.DOCUMENT_SPECIMEN__CATEGORY, Literals.DOCUMENT_SPECIMEN__DOCUMENT_TYPE,
						Literals.DOCUMENT_SPECIMEN__DOCUMENT_NAME, Literals.DOCUMENT_SPECIMEN__SERIES,
						Literals.DOCUMENT_SPECIMEN__FIRST_ISSUED, Literals.DOCUMENT_SPECIMEN__WITHDRAWN_ON,
						Literals.DOCUMENT_SPECIMEN__FORMAT, Literals.DOCUMENT_SPECIMEN__MATERIAL),
				"editor", EditorTexts::field, EditorTexts::literal);
		numbers = new CommandFields(session.domain);
		new Label(document, SWT.NONE).setText(EditorTexts.field(Literals.DOCUMENT_SPECIMEN__PAGE_COUNT));
		numbers.number(document, specimen, Literals.DOCUMENT_SPECIMEN__PAGE_COUNT,
				EditorTexts.field(Literals.DOCUMENT_SPECIMEN__PAGE_COUNT), "editor.pageCount", 60);
		new Label(document, SWT.NONE);
		numbers.checkbox(document, specimen, Literals.DOCUMENT_SPECIMEN__STILL_VALID,
				EditorTexts.field(Literals.DOCUMENT_SPECIMEN__STILL_VALID), "editor.stillValid");
		procedure = new RecordChoice<>(document, session.domain, specimen, Literals.DOCUMENT_SPECIMEN__PROCEDURE_ID,
				EditorTexts.field(Literals.DOCUMENT_SPECIMEN__PROCEDURE_ID),
				() -> specimen.getIssuingState() == null ? List.of()
						: Procedures.of(repository, specimen.getIssuingState()),
				specimen::getIssuingState, p -> Messages.format("editor.procedure.name", p.getDocumentName(),
						Procedures.label(p.getDocumentKind()), p.getIssuingCountry()),
				"editor.procedureId");
		validities = new ValiditySection(content, session.domain, specimen, editable);
		pages = new PagesSection(content, session.domain, specimen, Terms.load(repository), session.images,
				status::status, session.confirmation(content), editable);
		marking = new MarkingSection(content, session.domain, specimen);
		if (!editable) {
			EditorSession.readOnly(content);
		}
		showAll = session.showAfterEachCommand(content, status, () -> {
			fields.showModel();
			numbers.showModel();
			procedure.showModel();
			validities.showModel();
			pages.showModel();
			marking.showModel();
		}, this::currentProblems);
		status.showVersion(specimen);
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

	/** Stores the specimen and its new images unless a problem is listed; says what happened in the status line. */
	@Persist
	public void save() {
		fields.commitAll();
		numbers.commitAll();
		validities.commitAll();
		pages.commitAll();
		marking.commitAll();
		session.save(status, repository, specimen, currentProblems(), SpecimenEditorPart::asText, images())
				.ifPresent(saved -> showLabel());
		showAll.run();
	}

	/** What the user must fix: fields that cannot be read first, then the validator's rules and the marking's. */
	public List<Problem> currentProblems() {
		List<Problem> found = new ArrayList<>(fields.unreadableFields());
		found.addAll(numbers.unreadableFields());
		found.addAll(validities.unreadableFields());
		found.addAll(pages.unreadableFields());
		found.addAll(marking.unreadableFields());
		found.addAll(SpecimenValidator.validate(specimen, repository));
		found.addAll(MarkingValidator.validate(specimen));
		return found;
	}

	/** The specimen being edited. */
	public DocumentSpecimen specimen() {
		return specimen;
	}

	/** The pages, their image rows and callout tables. */
	public PagesSection pages() {
		return pages;
	}

	/** Answers the question asked before an image's callouts go with it, instead of a dialog (for tests). */
	public void confirmWith(Predicate<String> answer) {
		session.confirmWith(answer);
	}

	private List<PageImage> images() {
		return specimen.getPages().stream().flatMap(page -> page.getImages().stream()).toList();
	}

	private void showLabel() {
		part.setLabel(specimen.getDocumentName() == null || specimen.getDocumentName().isBlank()
				? Messages.get("editor.newTitle")
				: Messages.format("editor.title", specimen.getIssuingState(), specimen.getDocumentName()));
	}

	/* A specimen as a few lines for a person comparing the stored version with the edited one after a stale save. */
	private static String asText(DocumentSpecimen specimen) {
		return String.join("\n",
				EditorTexts.field(Literals.DOCUMENT_SPECIMEN__DOCUMENT_CODE) + ": " + specimen.getDocumentCode(),
				EditorTexts.field(Literals.DOCUMENT_SPECIMEN__DOCUMENT_NAME) + ": " + specimen.getDocumentName(),
				EditorTexts.field(Literals.DOCUMENT_SPECIMEN__SERIES) + ": " + specimen.getSeries(),
				Messages.format("editor.stale.pages", specimen.getPages().size()));
	}
}
