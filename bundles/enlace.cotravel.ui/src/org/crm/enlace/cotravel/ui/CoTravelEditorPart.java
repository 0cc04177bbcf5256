package org.crm.enlace.cotravel.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.CoTravelValidator;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.CoTravelPackage.Literals;
import org.crm.enlace.cotravel.ui.internal.AlertSections;
import org.crm.enlace.cotravel.ui.internal.LinkRuns;
import org.crm.enlace.cotravel.ui.internal.Messages;
import org.crm.enlace.cotravel.ui.internal.ModelChange;
import org.crm.enlace.records.RecordNames;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorFeedback;
import org.crm.enlace.ui.MarkingSection;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * The entry form of a co-travel alert, made for a control booth: everything is reached with Tab and the mnemonics
 * (Alt+A adds an adult, Alt+M a child, Alt+D evidence, Alt+G a follow-up), Enter in a person's field adds another
 * person of the same kind, the workbench's Ctrl+S saves and Ctrl+Z/Ctrl+Y undo and redo (every change is an EMF
 * command). Pasting a document's machine readable zone fills the person and shows the zone's checks; a child's age
 * is computed as the birth date is typed. The problems the validator lists stay in sight at the top; the marking
 * defaults to the countries concerned. The links section lists, on request, the persons of this alert seen in other
 * alerts the user may see (candidates and confirmed links, with score and explanation; docs/cotravel.md).
 */
public final class CoTravelEditorPart implements IEditingDomainProvider {

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	private final Map<EObject, String[]> zoneTexts = new IdentityHashMap<>();
	private RecordRepository repository;
	private Clock clock;
	private IEventBroker broker;
	private MPart part;
	private CoTravelAlert alert;
	private AttributeForm event;
	private AlertSections sections;
	private MarkingSection marking;
	private EditorFeedback status;
	private ScrolledComposite scrolled;
	private Composite content;
	private Label linksText;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user, Clock clock,
			@org.eclipse.e4.core.di.annotations.Optional IEventBroker broker) {
		this.part = part;
		this.repository = repository;
		this.clock = clock;
		this.broker = broker;
		alert = CoTravelEditors.alertOf(part, repository, user, clock);
		showLabel();

		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		content = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		scrolled.setContent(content);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);

		status = new EditorFeedback(content, "cotravel.editor");
		boolean mayWrite = AccessRule.mayWrite(user, alert);
		if (!mayWrite) {
			new Label(content, SWT.WRAP).setText(Messages.format("editor.readOnly", alert.getOwnerCountry()));
		}
		Group place = AlertSections.group(content, "section.event", 2);
		event = new AttributeForm(place, domain, alert,
				List.of(Literals.CO_TRAVEL_ALERT__DATE, Literals.CO_TRAVEL_ALERT__TIME,
						Literals.CO_TRAVEL_ALERT__COUNTRY, Literals.CO_TRAVEL_ALERT__AIRPORT_CODE,
						Literals.CO_TRAVEL_ALERT__PLACE_NAME, Literals.CO_TRAVEL_ALERT__DIRECTION,
						Literals.CO_TRAVEL_ALERT__MODE, Literals.CO_TRAVEL_ALERT__CARRIER,
						Literals.CO_TRAVEL_ALERT__FLIGHT_OR_ROUTE),
				"cotravel", a -> RecordNames.attribute(a, Locale.getDefault()),
				l -> RecordNames.literal(l, Locale.getDefault()));
		sections = new AlertSections(content, domain, alert, repository, zoneTexts, this::layout);
		Group links = AlertSections.group(content, "section.links", 2);
		linksText = new Label(links, SWT.WRAP);
		linksText.setText(Messages.get(alert.getVersion() == 0 ? "links.unsaved" : "links.ask"));
		linksText.setData(AttributeForm.WIDGET_ID, "cotravel.links");
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(linksText);
		if (alert.getVersion() > 0) {
			AlertSections.button(links, "links.find", "cotravel.links.find", this::findLinks);
		}
		marking = new MarkingSection(content, domain, alert);
		if (!mayWrite) {
			// Read only: the labels stay readable, nothing can be typed (the store would refuse it anyway).
			place.setEnabled(false);
			sections.setEnabled(false);
			marking.showModel();
		}

		commandStack.addCommandStackListener(e -> {
			if (!status.isDisposed()) {
				showModel();
				part.setDirty(commandStack.isSaveNeeded());
				status.showProblems(currentProblems());
			}
		});
		status.showVersion(alert);
		status.showProblems(currentProblems());
		layout();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Focus
	void focus() {
		status.focusEditor();
	}

	/**
	 * Saves: the ages are computed and the concerned countries added to the releasability first (one undoable
	 * change), then the validator's problems keep an invalid alert from being stored.
	 */
	@Persist
	public void save() {
		commitAll();
		domain.getCommandStack().execute(new ModelChange(alert, () -> {
			CoTravelAlerts.computeAges(alert);
			CoTravelAlerts.releaseToConcerned(alert, repository);
		}));
		status.save(repository, alert, currentProblems(), CoTravelEditorPart::asText).ifPresent(saved -> {
			commandStack.saveIsDone();
			part.setDirty(false);
			showLabel();
			if (broker != null) {
				broker.post(RecordEvents.CHANGED, Literals.CO_TRAVEL_ALERT.getName());
			}
		});
	}

	/** What the user must fix: unreadable fields first, then the alert's and the marking's rules. */
	public List<Problem> currentProblems() {
		List<Problem> found = new ArrayList<>(event.unreadableFields());
		found.addAll(sections.unreadableFields());
		found.addAll(marking.unreadableFields());
		found.addAll(CoTravelValidator.validate(alert, repository, clock.today()));
		found.addAll(MarkingValidator.validate(alert));
		return found;
	}

	/**
	 * Fills the links section with the candidates and confirmed links of this alert's persons, from a run over
	 * every alert the user may see (a cancelled run leaves the section as it was).
	 */
	public void findLinks() {
		LinkRuns.run(content.getShell(), repository).ifPresent(found -> {
			linksText.setText(LinkRuns.linesOf(found, alert.getId()));
			layout();
		});
	}

	/** What the links section says, for tests. */
	public String linksText() {
		return linksText.getText();
	}

	/** The alert being edited, for tests. */
	public CoTravelAlert alert() {
		return alert;
	}

	private void commitAll() {
		event.commitAll();
		sections.commitAll();
		marking.commitAll();
	}

	private void showModel() {
		event.showModel();
		sections.showModel();
		marking.showModel();
	}

	private void layout() {
		content.layout(true, true);
		scrolled.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private void showLabel() {
		part.setLabel(alert.getVersion() == 0 ? Messages.get("editor.newTitle")
				: Messages.format("editor.title", String.valueOf(alert.getDate()),
						Optional.ofNullable(alert.getPlaceName()).orElse("")));
	}

	/* The alert as a few lines for a person comparing two versions after a stale save; shown, never logged. */
	private static String asText(CoTravelAlert alert) {
		return String.join("\n", alert.getDate() + " " + Optional.ofNullable(alert.getTime()).orElse(""),
				Optional.ofNullable(alert.getPlaceName()).orElse(""),
				Messages.format("editor.counts", alert.getAdults().size(), alert.getChildren().size()));
	}
}
