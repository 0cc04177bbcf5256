package org.crm.enlace.training.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.crm.enlace.core.access.MarkingValidator;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Record;
import org.crm.enlace.ui.EditorFeedback;
import org.crm.enlace.ui.MarkingSection;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * What the training editors share: an EMF domain whose command stack makes every change undoable; a scrolling
 * content (a record, its marking and its lists do not fit every screen) that starts with the status line and the
 * problems and ends with the marking; the part dirty while the stack holds unsaved changes; the problems (text that
 * could not be read, the area's rules, the marking's) listed after every change, and a save refused while there is
 * one.
 */
final class EditorFrame {

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	private final List<Section> sections = new ArrayList<>();
	private final ScrolledComposite scroller;
	private final Composite content;
	private final EditorFeedback feedback;
	private final MPart part;
	private final IEventBroker broker;
	private Record record;
	private Control marking;
	private Supplier<List<Problem>> rules;

	/** @param broker tells the lists (the training part) that a record was saved; none in tests without a workbench */
	EditorFrame(Composite parent, String widgetPrefix, MPart part, IEventBroker broker) {
		this.part = part;
		this.broker = broker;
		parent.setLayout(new FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		feedback = new EditorFeedback(content, widgetPrefix + ".editor");
		scroller.setContent(content);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
	}

	EditingDomain domain() {
		return domain;
	}

	Composite content() {
		return content;
	}

	EditorFeedback feedback() {
		return feedback;
	}

	void add(Section section) {
		sections.add(section);
	}

	/**
	 * Once the record's own sections are made: adds the marking, shows the record's version, and after every change,
	 * undo and redo the sections show the model, the part says whether it is dirty and the problems are listed.
	 *
	 * @param recordRules the area's validator's problems for the record as it is now
	 */
	void follow(Record edited, Supplier<List<Problem>> recordRules) {
		record = edited;
		rules = recordRules;
		add(Section.of(new MarkingSection(content, domain, edited)));
		marking = content.getChildren()[content.getChildren().length - 1];
		relayout();
		feedback.showVersion(edited);
		commandStack.addCommandStackListener(e -> {
			if (!feedback.isDisposed()) {
				sections.forEach(s -> s.showModel().run());
				part.setDirty(commandStack.isSaveNeeded());
				feedback.showProblems(problems());
			}
		});
		feedback.showProblems(problems());
	}

	/**
	 * For a record of another organization, once {@link #follow}ed: says so at once in the status line (instead of
	 * the store's refusal at the first save) and disables the record's own fields and its marking.
	 */
	void readOnly(String reason, Control... fields) {
		feedback.status(reason);
		for (Control control : fields) {
			disable(control);
		}
		disable(marking);
	}

	/** Each control itself: GTK greys out no field of a disabled composite, which then looks editable. */
	private static void disable(Control control) {
		control.setEnabled(false);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				disable(child);
			}
		}
	}

	/** What the user must fix: unreadable text first, then the area's rules, then the marking's. */
	List<Problem> problems() {
		List<Problem> found = new ArrayList<>();
		sections.forEach(s -> found.addAll(s.unreadableFields().get()));
		found.addAll(rules.get());
		found.addAll(MarkingValidator.validate(record));
		return found;
	}

	void commitAll() {
		sections.forEach(s -> s.commitAll().run());
	}

	/**
	 * Applies what is typed and saves the record alone, unless there are problems (see {@link EditorFeedback#save});
	 * once saved, {@link #saved} and then {@code after}.
	 */
	<T extends Record> Optional<T> save(RecordRepository repository, T edited, Function<T, String> asText,
			Runnable after) {
		commitAll();
		Optional<T> stored = feedback.save(repository, edited, problems(), asText);
		stored.ifPresent(s -> {
			saved();
			after.run();
		});
		return stored;
	}

	/** After a section changed its size (another row's form). */
	void relayout() {
		content.layout(true, true);
		scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** After a save: nothing left to save, and the lists of this kind of record (the training part) read again. */
	void saved() {
		commandStack.saveIsDone();
		part.setDirty(false);
		if (broker != null) {
			broker.post(RecordEvents.CHANGED, record.eClass().getName());
		}
	}
}
