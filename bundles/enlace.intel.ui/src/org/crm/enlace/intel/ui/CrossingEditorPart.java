package org.crm.enlace.intel.ui;

import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.intel.CrossingValidator;
import org.crm.enlace.intel.model.BorderCrossing;
import org.crm.enlace.intel.model.IntelPackage.Literals;
import org.crm.enlace.intel.ui.internal.Messages;
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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * Edits one border crossing point a user adds to the gazetteer's places: name, the two countries it joins, kind,
 * official or irregular, coordinates, note and marking. Changes are EMF commands (undo, redo); saving lists the
 * validator's problems instead of storing an invalid crossing, and a stale save shows both versions. A user who may
 * not change the crossing (another country's, or an analyst) reads it.
 */
public final class CrossingEditorPart implements IEditingDomainProvider {

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	private RecordRepository repository;
	private IEventBroker broker;
	private MPart part;
	private BorderCrossing crossing;
	private AttributeForm fields;
	private MarkingSection marking;
	private EditorFeedback status;

	@PostConstruct
	void create(Composite parent, MPart part, RecordRepository repository, CurrentUser user, IEventBroker broker) {
		this.part = part;
		this.repository = repository;
		this.broker = broker;
		crossing = CrossingEditors.crossingOf(part, repository, user);
		showLabel();

		GridLayoutFactory.swtDefaults().applyTo(parent);
		status = new EditorFeedback(parent, "crossing.editor");
		boolean mayWrite = AccessRule.mayWrite(user, crossing);
		if (!mayWrite) {
			Label reason = new Label(parent, SWT.WRAP);
			reason.setText(Messages.format("crossing.readOnly", crossing.getOwnerCountry()));
		}
		Composite form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		fields = new AttributeForm(form, domain, crossing,
				List.of(Literals.BORDER_CROSSING__NAME, Literals.BORDER_CROSSING__COUNTRY,
						Literals.BORDER_CROSSING__OTHER_COUNTRY, Literals.BORDER_CROSSING__KIND,
						Literals.BORDER_CROSSING__STATUS, Literals.BORDER_CROSSING__LATITUDE,
						Literals.BORDER_CROSSING__LONGITUDE, Literals.BORDER_CROSSING__NOTE),
				"crossing", a -> Messages.get("crossing.field." + a.getName()),
				l -> Messages.get("crossing." + l.getEEnum().getName() + "." + l.getName()));
		marking = new MarkingSection(parent, domain, crossing);
		if (!mayWrite) {
			readOnly(parent);
		}

		commandStack.addCommandStackListener(e -> {
			if (!status.isDisposed()) {
				fields.showModel();
				marking.showModel();
				part.setDirty(commandStack.isSaveNeeded());
				status.showProblems(currentProblems());
			}
		});
		status.showVersion(crossing);
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
		marking.commitAll();
		status.save(repository, crossing, currentProblems(), CrossingEditorPart::asText).ifPresent(saved -> {
			commandStack.saveIsDone();
			part.setDirty(false);
			showLabel();
			broker.post(RecordEvents.CHANGED, Literals.BORDER_CROSSING.getName());
		});
	}

	/** What the user must fix: unreadable fields (a latitude that is not a number) first, then the rules. */
	public List<Problem> currentProblems() {
		List<Problem> found = new ArrayList<>(fields.unreadableFields());
		found.addAll(marking.unreadableFields());
		found.addAll(CrossingValidator.validate(crossing));
		found.addAll(MarkingValidator.validate(crossing));
		return found;
	}

	/** The crossing being edited, for tests. */
	public BorderCrossing crossing() {
		return crossing;
	}

	private void showLabel() {
		part.setLabel(crossing.getName() == null ? Messages.get("crossing.newTitle") : crossing.getName());
	}

	/* A crossing as a few lines for a person comparing the stored version with the edited one after a stale save. */
	private static String asText(BorderCrossing crossing) {
		return String.join("\n", Messages.get("crossing.field.name") + ": " + crossing.getName(),
				Messages.get("crossing.field.country") + ": " + crossing.getCountry(),
				Messages.get("crossing.field.otherCountry") + ": " + crossing.getOtherCountry(),
				Messages.get("crossing.column.point") + ": " + CrossingText.point(crossing));
	}

	/* Fields, drop-downs and buttons greyed out; the problem list and the labels stay readable. */
	private static void readOnly(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Composite nested && !(child instanceof org.eclipse.swt.widgets.Combo)) {
				readOnly(nested);
			} else if (!(child instanceof Label) && !(child instanceof org.eclipse.swt.widgets.List)) {
				child.setEnabled(false);
			}
		}
	}
}
