package org.crm.enlace.training.ui;

import java.util.List;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.training.Programmes;
import org.crm.enlace.training.TrainingValidator;
import org.crm.enlace.training.model.TrainingModule;
import org.crm.enlace.training.model.TrainingPackage.Literals;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorSection;
import org.crm.enlace.ui.RecordEditorFrame;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import jakarta.annotation.PostConstruct;

/**
 * Edits a version of a training programme (the joint proposal): code, title, the authors' version label and date,
 * status, approval day, the indicator's window in months, and its modules, added and removed, one of them the
 * victim-identification module. A save stores a new version of the same record, so the history keeps the earlier
 * one; every change is an undoable command and a save lists the validator's problems instead of storing.
 */
public final class ProgrammeEditorPart implements IEditingDomainProvider {

	private RecordRepository repository;
	private MPart part;
	private TrainingProgramme programme;
	private RecordEditorFrame frame;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user, Clock clock,
			@org.eclipse.e4.core.di.annotations.Optional IEventBroker broker) {
		this.part = part;
		this.repository = repository;
		programme = load(part, clock);
		frame = new RecordEditorFrame(parent, "programme.editor", part, broker);
		EditingDomain domain = frame.domain();
		Composite form = new Composite(frame.content(), SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		AttributeForm fields = new AttributeForm(form, domain, programme,
				List.of(Literals.TRAINING_PROGRAMME__CODE, Literals.TRAINING_PROGRAMME__TITLE,
						Literals.TRAINING_PROGRAMME__VERSION_LABEL, Literals.TRAINING_PROGRAMME__VERSION_DATE,
						Literals.TRAINING_PROGRAMME__STATUS, Literals.TRAINING_PROGRAMME__APPROVED_ON),
				"programme", a -> Messages.format("field." + a.getName()),
				l -> Messages.format("status." + l.getName()));
		// Whole months from 1: a spinner cannot hold text that is not a number.
		new Label(form, SWT.NONE).setText(Messages.format("field.windowMonths"));
		Spinner windowMonths = new Spinner(form, SWT.BORDER);
		windowMonths.setValues(programme.getWindowMonths(), 1, 120, 0, 1, 6);
		windowMonths.setData(AttributeForm.WIDGET_ID, "programme.windowMonths");
		windowMonths.addListener(SWT.Selection, e -> {
			if (windowMonths.getSelection() != programme.getWindowMonths()) {
				domain.getCommandStack().execute(SetCommand.create(domain, programme,
						Literals.TRAINING_PROGRAMME__WINDOW_MONTHS, windowMonths.getSelection()));
			}
		});
		ModuleSection modules = new ModuleSection(frame.content(), domain, programme, frame::relayout);
		frame.add(EditorSection.of(fields));
		frame.add(EditorSection.showing(() -> windowMonths.setSelection(programme.getWindowMonths())));
		frame.add(new EditorSection(modules::showModel, modules::commitAll, modules::unreadableFields));
		frame.follow(programme, () -> Fields.named(TrainingValidator.programme(programme)));
		if (!AccessRule.mayWrite(user, programme)) {
			frame.readOnly(Messages.format("editor.notOwnProgramme", programme.getOwnerCountry()), form,
					modules.control());
		}
		showTitle();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return frame.domain();
	}

	@Focus
	void focus() {
		frame.content().setFocus();
	}

	@Persist
	public void save() {
		frame.save(repository, programme, ProgrammeEditorPart::asText, this::showTitle);
	}

	public TrainingProgramme programme() {
		return programme;
	}

	private void showTitle() {
		part.setLabel(programme.getCode() == null ? Messages.format("editor.newProgramme")
				: Messages.format("editor.programmeTitle", programme.getCode(), programme.getVersionLabel()));
	}

	/**
	 * The stored programme, or a new draft (a new joint proposal, or one the network adopts) dated today, with no
	 * module yet: the validator lists the victim-identification module it still needs.
	 */
	private TrainingProgramme load(MPart part, Clock clock) {
		Object id = part.getTransientData().get(TrainingEditors.RECORD_ID);
		if (id != null) {
			return repository.findById(id.toString()).map(TrainingProgramme.class::cast).orElseThrow();
		}
		TrainingProgramme created = Programmes.newProgramme(null);
		created.setVersionDate(clock.today());
		created.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		return created;
	}

	/** For the stale-version dialog: the version's fields and its modules' codes. */
	private static String asText(TrainingProgramme programme) {
		return Messages.format("editor.programmeAsText", programme.getCode(), programme.getTitle(),
				programme.getVersionLabel(), String.valueOf(programme.getVersionDate()),
				String.valueOf(programme.getStatus()), String.valueOf(programme.getApprovedOn()),
				programme.getWindowMonths(), String.join(", ",
						programme.getModules().stream().map(TrainingModule::getCode).map(String::valueOf).toList()));
	}
}
