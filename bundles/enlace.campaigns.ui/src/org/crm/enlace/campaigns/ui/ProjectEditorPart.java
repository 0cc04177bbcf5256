package org.crm.enlace.campaigns.ui;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.campaigns.CampaignValidator;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.CampaignsPackage.Literals;
import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.validation.Problem;
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
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * Edits the regional campaign project, IOM's draft: title, the draft's label and date, status, summary, regional
 * period and marking. Each save is a new version of the same record (activity 1.1.1 updates the draft; the store's
 * history keeps every one). Only IOM may save it: the store refuses anyone else, and the editor says so in words.
 */
public final class ProjectEditorPart implements IEditingDomainProvider {

	private RecordRepository repository;
	private EditorCommands commands;
	private EditingDomain domain;
	private CampaignProject project;
	private EditorFrame frame;
	private EditorFeedback feedback;
	private AttributeForm fields;
	private MarkingSection marking;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, @Optional IEventBroker broker) {
		this.repository = repository;
		commands = new EditorCommands(part, broker);
		domain = commands.domain();
		project = repository.findById(String.valueOf(part.getTransientData().get(CampaignEditors.RECORD_ID)))
				.map(CampaignProject.class::cast).orElseThrow();
		part.setLabel(Messages.format("editor.project.title", project.getDraftVersion()));
		frame = new EditorFrame(parent, "project.editor", Messages.format("editor.project.of"));
		feedback = frame.feedback();
		fields = frame.fields(domain, project,
				List.of(Literals.CAMPAIGN_PROJECT__TITLE, Literals.CAMPAIGN_PROJECT__DRAFT_VERSION,
						Literals.CAMPAIGN_PROJECT__DRAFT_DATE, Literals.CAMPAIGN_PROJECT__STATUS,
						Literals.CAMPAIGN_PROJECT__SUMMARY, Literals.CAMPAIGN_PROJECT__START_DATE,
						Literals.CAMPAIGN_PROJECT__END_DATE),
				"project");
		marking = new MarkingSection(frame.content(), domain, project);
		frame.fit();
		commands.afterEachChange(feedback, () -> {
			fields.showModel();
			marking.showModel();
			feedback.showProblems(currentProblems());
		});
		feedback.showVersion(project);
		feedback.showProblems(currentProblems());
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Focus
	void focus() {
		feedback.focusEditor();
	}

	@Persist
	public void save() {
		fields.commitAll();
		marking.commitAll();
		commands.save(frame, repository, project, currentProblems(), ProjectEditorPart::asText);
	}

	/** The project being edited (the command stack works on it; the store holds copies). */
	public CampaignProject project() {
		return project;
	}

	/** What the user must fix: unreadable fields first, then the validator's rules and the marking's. */
	public List<Problem> currentProblems() {
		List<Problem> found = new ArrayList<>(fields.unreadableFields());
		found.addAll(marking.unreadableFields());
		found.addAll(CampaignValidator.validate(project));
		found.addAll(MarkingValidator.validate(project));
		return found;
	}

	/* The draft as a few lines for a person comparing the stored version with the edited one. */
	private static String asText(CampaignProject project) {
		return Messages.format("editor.project.asText", project.getTitle(), project.getDraftVersion(),
				String.valueOf(project.getDraftDate()), String.valueOf(project.getStartDate()),
				String.valueOf(project.getEndDate()));
	}
}
