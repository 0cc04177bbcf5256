package org.crm.enlace.intel.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.PlaceLookup;
import org.crm.enlace.intel.ReportValidator;
import org.crm.enlace.intel.Terms;
import org.crm.enlace.intel.Vocabularies;
import org.crm.enlace.intel.model.IntelFactory;
import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.intel.model.IntelPackage.Literals;
import org.crm.enlace.intel.model.SmugglingReport;
import org.crm.enlace.intel.ui.internal.Messages;
import org.crm.enlace.intel.ui.internal.Widgets;
import org.crm.enlace.model.HandlingCode;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorFeedback;
import org.crm.enlace.ui.MarkingSection;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;

import jakarta.annotation.PostConstruct;

/**
 * Edits one modus-operandi report: its fields, the modus-operandi terms, the route (with the gazetteer and the map),
 * the profiles of suspected smugglers, attachments and the marking. Changes go through an EMF command stack (undo,
 * redo); saving lists the validator's problems instead of storing an invalid report, and a stale save shows who
 * changed the report meanwhile instead of overwriting it.
 */
public final class ReportEditorPart implements IEditingDomainProvider {

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	private RecordRepository repository;
	private IEventBroker broker;
	private MPart part;
	private SmugglingReport report;
	private Terms terms;
	private AttributeForm fields;
	private TermsPicker picker;
	private RouteSection route;
	private ProfileSection profiles;
	private MarkingSection marking;
	private EditorFeedback status;
	private org.eclipse.swt.widgets.List attachments;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user, IEventBroker broker) {
		this.part = part;
		this.repository = repository;
		this.broker = broker;
		terms = Terms.load(repository);
		report = load(part, user);
		part.setLabel(report.getTitle() == null ? Messages.get("editor.newTitle") : report.getTitle());

		parent.setLayout(new FillLayout());
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		status = new EditorFeedback(content, "intel.editor");

		Composite form = new Composite(content, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		fields = new AttributeForm(form, domain, report,
				List.of(Literals.SMUGGLING_REPORT__TITLE, Literals.SMUGGLING_REPORT__SUMMARY,
						Literals.SMUGGLING_REPORT__OBSERVED_FROM, Literals.SMUGGLING_REPORT__OBSERVED_TO,
						Literals.SMUGGLING_REPORT__COUNTRIES, Literals.SMUGGLING_REPORT__MODALITY,
						Literals.SMUGGLING_REPORT__LINKED_REPORTS),
				"intel.report", a -> Messages.get("field." + a.getName()), l -> Messages.get("modality." + l.getName()));
		picker = new TermsPicker(content, domain, report, terms, Vocabularies.MODUS_OPERANDI);
		route = new RouteSection(content, domain, report, terms, PlaceLookup.of(repository));
		profiles = new ProfileSection(content, domain, report);
		attachmentsSection(content);
		marking = new MarkingSection(content, domain, report);
		scroller.setContent(content);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));

		commandStack.addCommandStackListener(e -> {
			if (!status.isDisposed()) {
				fields.showModel();
				picker.showModel();
				route.showModel();
				profiles.showModel();
				marking.showModel();
				part.setDirty(commandStack.isSaveNeeded());
				status.showProblems(currentProblems());
				scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
			}
		});
		status.showVersion(report);
		showAttachments();
		status.showProblems(currentProblems());
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Focus
	void focus() {
		status.focusEditor();
	}

	@Persist
	void save() {
		fields.commitAll();
		profiles.commitAll();
		marking.commitAll();
		status.save(repository, report, currentProblems(), ReportEditorPart::asText).ifPresent(saved -> {
			commandStack.saveIsDone();
			part.setDirty(false);
			part.setLabel(report.getTitle());
			broker.post(RecordEvents.CHANGED, IntelPackage.Literals.SMUGGLING_REPORT.getName());
		});
	}

	/* A report as a few lines for a person comparing the stored version with the edited one after a stale save. */
	private static String asText(SmugglingReport report) {
		return String.join("\n", Messages.get("field.title") + ": " + report.getTitle(),
				Messages.get("field.observedFrom") + ": " + report.getObservedFrom(),
				Messages.get("field.observedTo") + ": " + report.getObservedTo(),
				Messages.get("field.modality") + ": "
						+ (report.getModality() == null ? "" : Messages.get("modality." + report.getModality().getName())),
				Messages.get("field.countries") + ": " + String.join(", ", report.getCountries()),
				Messages.format("editor.stale.route", report.getRoute().size()));
	}

	/** What the user must fix: unreadable fields first, then the validator's rules and the marking's. */
	List<Problem> currentProblems() {
		List<Problem> found = new ArrayList<>(fields.unreadableFields());
		found.addAll(profiles.unreadableFields());
		found.addAll(marking.unreadableFields());
		found.addAll(ReportValidator.validate(report, terms));
		found.addAll(MarkingValidator.validate(report));
		return found;
	}

	SmugglingReport report() {
		return report;
	}

	private void attachmentsSection(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.get("editor.attachments"));
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		attachments = new org.eclipse.swt.widgets.List(group, SWT.BORDER | SWT.V_SCROLL);
		attachments.setData(Widgets.WIDGET_ID, "intel.editor.attachments");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 50).applyTo(attachments);
		Widgets.button(group, "editor.attach", "intel.editor.attach", this::attach);
	}

	/* Attachments go straight to the store, so the report must be saved first. */
	private void attach() {
		if (report.getCreatedAt() == null) {
			status.status(Messages.get("editor.attachFirstSave"));
			return;
		}
		String chosen = new FileDialog(status.getShell(), SWT.OPEN).open();
		if (chosen == null) {
			return;
		}
		try {
			Path file = Path.of(chosen);
			String type = Files.probeContentType(file);
			repository.attach(report.getId(), file.getFileName().toString(),
					type == null ? "application/octet-stream" : type, Files.readAllBytes(file));
			showAttachments();
		} catch (IOException e) {
			status.status(Messages.get("editor.attachUnreadable"));
		} catch (StoreException e) {
			status.status(e.getMessage());
		}
	}

	private void showAttachments() {
		attachments.removeAll();
		if (report.getId() != null) {
			repository.attachments(report.getId()).forEach(
					a -> attachments.add(Messages.format("editor.attachment", a.name(), a.size(), a.addedBy())));
		}
	}

	private SmugglingReport load(MPart part, CurrentUser user) {
		Object id = part.getTransientData().get(ReportEditors.REPORT_ID);
		if (id != null) {
			return repository.findById(id.toString()).map(SmugglingReport.class::cast).orElseThrow();
		}
		SmugglingReport created = IntelFactory.eINSTANCE.createSmugglingReport();
		created.setOwnerCountry(user.country());
		// Intelligence, not public data: within the network's members, need-to-know, law-enforcement use only.
		created.setReleasability(Releasability.ALL_MEMBERS);
		created.setTlp(Tlp.AMBER);
		created.setHandlingCode(HandlingCode.H1);
		created.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		return created;
	}
}
