package org.crm.enlace.directory.ui;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.directory.ContactValidator;
import org.crm.enlace.directory.ui.internal.Messages;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.EnlaceFactory;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
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

import jakarta.annotation.PostConstruct;

/**
 * Edits one contact point. Changes go through an EMF command stack (Edit > Undo / Redo, Ctrl+Z / Ctrl+Y); the part is
 * dirty until saved; saving lists validation problems instead of storing an invalid contact, and a stale save shows
 * both versions instead of overwriting someone else's change.
 */
public final class ContactEditorPart implements IEditingDomainProvider {

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	private RecordRepository repository;
	private Clock clock;
	private IEventBroker broker;
	private MPart part;
	private ContactPoint contact;
	private ContactForm form;
	private MarkingSection marking;
	private EditorFeedback feedback;
	private Composite content;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, Clock clock, IEventBroker broker) {
		this.part = part;
		this.repository = repository;
		this.clock = clock;
		this.broker = broker;
		contact = load(part);
		part.setLabel(Messages.format("editor.title", contact.getCountry(),
				Messages.get("editor.role." + contact.getRole().name())));

		// The contact's fields and its marking do not fit every screen: the editor scrolls.
		parent.setLayout(new FillLayout());
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		feedback = new EditorFeedback(content, "contact");
		form = new ContactForm(content, domain, contact);
		marking = new MarkingSection(content, domain, contact);
		scroller.setContent(content);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));

		commandStack.addCommandStackListener(e -> {
			if (!feedback.isDisposed()) {
				form.showModel();
				marking.showModel();
				part.setDirty(commandStack.isSaveNeeded());
				feedback.showProblems(currentProblems());
			}
		});
		feedback.showVersion(contact);
		feedback.showProblems(currentProblems());
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Focus
	void focus() {
		content.setFocus();
	}

	@Persist
	void save() {
		form.commitAll();
		marking.commitAll();
		feedback.save(repository, contact, currentProblems(), ContactText::of).ifPresent(saved -> {
			commandStack.saveIsDone();
			part.setDirty(false);
			broker.post(RecordEvents.CHANGED, EnlacePackage.Literals.CONTACT_POINT.getName());
		});
	}

	/** What the user must fix: unreadable fields first, then the validator's rules. */
	List<Problem> currentProblems() {
		List<Problem> found = new ArrayList<>(form.unreadableFields());
		found.addAll(marking.unreadableFields());
		found.addAll(ContactValidator.validate(contact, clock.today()));
		found.addAll(MarkingValidator.validate(contact));
		return found;
	}

	private ContactPoint load(MPart part) {
		Object id = part.getTransientData().get(ContactEditors.CONTACT_ID);
		if (id != null) {
			return repository.findById(id.toString()).map(ContactPoint.class::cast).orElseThrow();
		}
		ContactPoint created = EnlaceFactory.eINSTANCE.createContactPoint();
		String country = (String) part.getTransientData().get(ContactEditors.COUNTRY);
		created.setCountry(country);
		created.setOwnerCountry(country);
		// The directory exists to be shared: a new contact is released to every member, like the rest of it.
		created.setReleasability(Releasability.ALL_MEMBERS);
		created.setTlp(Tlp.GREEN);
		created.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		created.setRole((ContactRole) part.getTransientData().get(ContactEditors.ROLE));
		created.setValidFrom(clock.today());
		return created;
	}
}
