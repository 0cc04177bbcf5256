package org.crm.enlace.campaigns.ui;

import java.util.List;

import org.crm.enlace.campaigns.CampaignValidator;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.CampaignsPackage.Literals;
import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorSection;
import org.crm.enlace.ui.RecordEditorFrame;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * Edits the regional campaign project, IOM's draft: title, the draft's label and date, status, summary, regional
 * period and marking. Each save is a new version of the same record (activity 1.1.1 updates the draft; the store's
 * history keeps every one). Only IOM may save it: the store refuses anyone else, and the editor says so in words.
 */
public final class ProjectEditorPart implements IEditingDomainProvider {

	private RecordRepository repository;
	private CampaignProject project;
	private RecordEditorFrame frame;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, @Optional IEventBroker broker) {
		this.repository = repository;
		project = repository.findById(String.valueOf(part.getTransientData().get(CampaignEditors.RECORD_ID)))
				.map(CampaignProject.class::cast).orElseThrow();
		part.setLabel(Messages.format("editor.project.title", project.getDraftVersion()));
		frame = new RecordEditorFrame(parent, "project.editor", part, broker);
		frame.intro(Messages.format("editor.project.of"));
		AttributeForm fields = CampaignForms.fields(CampaignForms.twoColumns(frame.content()), frame.domain(),
				project,
				List.of(Literals.CAMPAIGN_PROJECT__TITLE, Literals.CAMPAIGN_PROJECT__DRAFT_VERSION,
						Literals.CAMPAIGN_PROJECT__DRAFT_DATE, Literals.CAMPAIGN_PROJECT__STATUS,
						Literals.CAMPAIGN_PROJECT__SUMMARY, Literals.CAMPAIGN_PROJECT__START_DATE,
						Literals.CAMPAIGN_PROJECT__END_DATE),
				"project");
		frame.add(EditorSection.of(fields));
		frame.follow(project, () -> CampaignValidator.validate(project));
	}

	@Override
	public EditingDomain getEditingDomain() {
		return frame.domain();
	}

	@Focus
	void focus() {
		frame.focus();
	}

	@Persist
	public void save() {
		frame.save(repository, project, ProjectEditorPart::asText);
	}

	/** The project being edited (the command stack works on it; the store holds copies). */
	public CampaignProject project() {
		return project;
	}

	/** What the user must fix: unreadable fields first, then the validator's rules and the marking's. */
	public List<Problem> currentProblems() {
		return frame.problems();
	}

	/* The draft as a few lines for a person comparing the stored version with the edited one. */
	private static String asText(CampaignProject project) {
		return Messages.format("editor.project.asText", project.getTitle(), project.getDraftVersion(),
				String.valueOf(project.getDraftDate()), String.valueOf(project.getStartDate()),
				String.valueOf(project.getEndDate()));
	}
}
