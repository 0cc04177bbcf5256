package org.crm.enlace.campaigns.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.crm.enlace.campaigns.CampaignValidator;
import org.crm.enlace.campaigns.Campaigns;
import org.crm.enlace.campaigns.model.CampaignProject;
import org.crm.enlace.campaigns.model.CampaignsFactory;
import org.crm.enlace.campaigns.model.CampaignsPackage.Literals;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.ui.internal.Messages;
import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.user.CurrentUser;
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
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;

/**
 * Edits one national adaptation: title, languages, channels, period and notes, its dissemination events and
 * sponsorships, its materials and its marking. Every change of the record is a command on an EMF command stack (Edit
 * > Undo / Redo, Ctrl+Z / Ctrl+Y) and the part is dirty until saved; saving lists the validator's problems instead
 * of storing an invalid adaptation, and the store's refusal (another country's adaptation) is shown in words.
 * Materials are attachments, which go straight to the store: they need a saved adaptation and are not undone.
 */
public final class AdaptationEditorPart implements IEditingDomainProvider {

	private RecordRepository repository;
	private NationalAdaptation adaptation;
	private RecordEditorFrame frame;
	private MaterialsView materials;
	private Text materialPath;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user,
			@Optional IEventBroker broker) {
		this.repository = repository;
		adaptation = load(part, user);
		part.setLabel(Messages.format("editor.adaptation.title", adaptation.getCountry()));

		frame = new RecordEditorFrame(parent, "adaptation.editor", part, broker);
		frame.intro(Messages.format("editor.adaptation.of", adaptation.getCountry(), projectTitle()));
		EditingDomain domain = frame.domain();
		Composite content = frame.content();
		Composite form = CampaignForms.twoColumns(content);
		AttributeForm fields = CampaignForms.fields(form, domain, adaptation,
				List.of(Literals.NATIONAL_ADAPTATION__TITLE, Literals.NATIONAL_ADAPTATION__LANGUAGES,
						Literals.NATIONAL_ADAPTATION__START_DATE, Literals.NATIONAL_ADAPTATION__END_DATE,
						Literals.NATIONAL_ADAPTATION__NOTES),
				"adaptation");
		// Below the fields, in their two columns: channels are a list of values AttributeForm does not edit.
		ChannelsPicker channels = new ChannelsPicker(form, domain, adaptation, "adaptation.channels");
		ContainedForms events = new ContainedForms(content, domain, adaptation, Literals.NATIONAL_ADAPTATION__EVENTS,
				List.of(Literals.DISSEMINATION_EVENT__DATE, Literals.DISSEMINATION_EVENT__PLACE,
						Literals.DISSEMINATION_EVENT__CHANNEL, Literals.DISSEMINATION_EVENT__ESTIMATED_REACH,
						Literals.DISSEMINATION_EVENT__DESCRIPTION),
				List.of(), CampaignsFactory.eINSTANCE::createDisseminationEvent, "adaptation.event", "editor.event",
				"editor.addEvent");
		ContainedForms sponsorships = new ContainedForms(content, domain, adaptation,
				Literals.NATIONAL_ADAPTATION__SPONSORSHIPS,
				List.of(Literals.SPONSORSHIP__SPONSOR, Literals.SPONSORSHIP__ORIGIN, Literals.SPONSORSHIP__KIND,
						Literals.SPONSORSHIP__DESCRIPTION, Literals.SPONSORSHIP__CURRENCY),
				List.of(Literals.SPONSORSHIP__AMOUNT), CampaignsFactory.eINSTANCE::createSponsorship,
				"adaptation.sponsorship", "editor.sponsorship", "editor.addSponsorship");
		materialsSection(content);
		frame.add(EditorSection.of(fields));
		frame.add(EditorSection.showing(channels::showModel));
		frame.add(new EditorSection(events::showModel, events::commitAll, events::unreadableFields));
		frame.add(new EditorSection(sponsorships::showModel, sponsorships::commitAll, sponsorships::unreadableFields));
		frame.follow(adaptation, () -> CampaignValidator.validate(adaptation));
		showMaterials();
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
		frame.save(repository, adaptation, AdaptationEditorPart::asText);
	}

	/** The adaptation being edited (the command stack works on it; the store holds copies). */
	public NationalAdaptation adaptation() {
		return adaptation;
	}

	/** What the user must fix: unreadable fields first, then the validator's rules and the marking's. */
	public List<Problem> currentProblems() {
		return frame.problems();
	}

	/**
	 * Attaches the file as a material of the saved adaptation; a problem (not saved yet, unreadable file, the store's
	 * refusal) is shown in the status line.
	 */
	public void attach(String typedPath) {
		if (adaptation.getId() == null || adaptation.getVersion() == 0) {
			say(Messages.format("editor.attachFirstSave"));
			return;
		}
		try {
			Path file = Path.of(typedPath.trim());
			String type = Files.probeContentType(file);
			repository.attach(adaptation.getId(), file.getFileName().toString(),
					type == null ? "application/octet-stream" : type, Files.readAllBytes(file));
			say(Messages.format("editor.attached", file.getFileName()));
			showMaterials();
			frame.announceChange();
		} catch (IOException | InvalidPathException e) {
			say(Messages.format("editor.attachUnreadable"));
		} catch (StoreException e) {
			say(e.getMessage());
		}
	}

	private void materialsSection(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.format("group.materials.editor"));
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		materials = new MaterialsView(group);
		materials.control().setData(AttributeForm.WIDGET_ID, "adaptation.materials");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(SWT.DEFAULT, 150)
				.applyTo(materials.control());
		materialPath = new Text(group, SWT.BORDER);
		materialPath.setData(AttributeForm.WIDGET_ID, "adaptation.materialPath");
		materialPath.setMessage(Messages.format("editor.materialPath"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(materialPath);
		CampaignForms.button(group, "adaptation.attach", Messages.format("editor.attach"),
				() -> attach(materialPath.getText()));
		CampaignForms.button(group, "adaptation.detach", Messages.format("editor.detach"), this::detachSelected);
	}

	private void detachSelected() {
		int index = materials.control().getSelectionIndex();
		if (index < 0) {
			return;
		}
		Attachment chosen = (Attachment) materials.control().getItem(index).getData();
		try {
			repository.detach(chosen.id());
			say(Messages.format("editor.detached", chosen.name()));
			showMaterials();
		} catch (StoreException e) {
			say(e.getMessage());
		}
	}

	/* On the status line, which may need more lines than the last text. */
	private void say(String text) {
		frame.feedback().status(text);
		frame.relayout();
	}

	private void showMaterials() {
		if (adaptation.getId() == null || adaptation.getVersion() == 0) {
			materials.clear();
		} else {
			materials.show(repository, adaptation.getId());
		}
	}

	private String projectTitle() {
		return repository.findById(String.valueOf(adaptation.getProjectId())).map(CampaignProject.class::cast)
				.map(CampaignProject::getTitle).orElse(Messages.format("editor.noProject"));
	}

	/* An adaptation as a few lines for a person comparing the stored version with the edited one. */
	private static String asText(NationalAdaptation adaptation) {
		return Messages.format("editor.adaptation.asText", adaptation.getCountry(), adaptation.getTitle(),
				String.valueOf(adaptation.getStartDate()), String.valueOf(adaptation.getEndDate()),
				String.join(", ", adaptation.getLanguages()), adaptation.getEvents().size(),
				adaptation.getSponsorships().size());
	}

	private NationalAdaptation load(MPart part, CurrentUser user) {
		Object id = part.getTransientData().get(CampaignEditors.RECORD_ID);
		if (id != null) {
			return repository.findById(id.toString()).map(NationalAdaptation.class::cast).orElseThrow();
		}
		String projectId = (String) part.getTransientData().get(CampaignEditors.PROJECT_ID);
		CampaignProject project = repository.findById(String.valueOf(projectId)).map(CampaignProject.class::cast)
				.orElseGet(CampaignsFactory.eINSTANCE::createCampaignProject);
		return Campaigns.newAdaptation(project, user.country());
	}
}
