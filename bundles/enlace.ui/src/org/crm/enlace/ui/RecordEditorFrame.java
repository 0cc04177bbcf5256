package org.crm.enlace.ui;

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
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * What every record editor shares: an EMF domain whose command stack makes every change undoable (the part gives it
 * to the app's Undo/Redo as its {@code IEditingDomainProvider}); a scrolling content as wide as the part (a record
 * and its lists do not fit every screen; long texts such as the store's refusal wrap) that starts with the status
 * line and the problems and ends with the marking; the part dirty while the stack holds unsaved changes; the
 * problems (text that could not be read, the area's rules, the marking's) listed after every change, and a save
 * refused while there is one.
 */
public final class RecordEditorFrame {

	/** Narrower than this a wrapping text would take a line per word: the content scrolls sideways instead. */
	public static final int MIN_WIDTH = 560;

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	private final List<EditorSection> sections = new ArrayList<>();
	private final ScrolledComposite scroller;
	private final Composite content;
	private final EditorFeedback feedback;
	private final MPart part;
	private final IEventBroker broker;
	private Record record;
	private Control marking;
	private Supplier<List<Problem>> rules;

	/**
	 * @param feedbackPrefix for the widget ids {@code <prefix>.status} and {@code <prefix>.problems}
	 * @param broker         tells the list parts that a record was saved; none in tests without a workbench
	 */
	public RecordEditorFrame(Composite parent, String feedbackPrefix, MPart part, IEventBroker broker) {
		this.part = part;
		this.broker = broker;
		parent.setLayout(new FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		feedback = new EditorFeedback(content, feedbackPrefix);
		AttributeForm.widget(content, feedbackPrefix + ".status").ifPresent(RecordEditorFrame::wrapping);
		scroller.setContent(content);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> fit());
	}

	public EditingDomain domain() {
		return domain;
	}

	public Composite content() {
		return content;
	}

	public EditorFeedback feedback() {
		return feedback;
	}

	/** A line under the problems saying what is edited (whose record, of which project). */
	public void intro(String whatIsEdited) {
		Label intro = new Label(content, SWT.WRAP);
		intro.setText(whatIsEdited);
		wrapping(intro);
	}

	public void add(EditorSection section) {
		sections.add(section);
	}

	/**
	 * Once the record's own sections are made: adds the marking, shows the record's version, and after every change,
	 * undo and redo the sections show the model, the part says whether it is dirty and the problems are listed.
	 *
	 * @param recordRules the area's validators' problems for the record as it is now
	 */
	public void follow(Record edited, Supplier<List<Problem>> recordRules) {
		record = edited;
		rules = recordRules;
		MarkingSection markingSection = new MarkingSection(content, domain, edited);
		add(new EditorSection(markingSection::showModel, markingSection::commitAll,
				markingSection::unreadableFields));
		marking = content.getChildren()[content.getChildren().length - 1];
		relayout();
		feedback.showVersion(edited);
		commandStack.addCommandStackListener(e -> {
			if (!feedback.isDisposed()) {
				sections.forEach(s -> s.showModel().run());
				fit();
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
	public void readOnly(String reason, Control... fields) {
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
	public List<Problem> problems() {
		List<Problem> found = new ArrayList<>();
		sections.forEach(s -> found.addAll(s.unreadableFields().get()));
		found.addAll(rules.get());
		found.addAll(MarkingValidator.validate(record));
		return found;
	}

	public void showProblems() {
		feedback.showProblems(problems());
	}

	public void commitAll() {
		sections.forEach(s -> s.commitAll().run());
	}

	/** As {@link #save(RecordRepository, Record, Function, Runnable)}, with nothing more to do once saved. */
	public <T extends Record> Optional<T> save(RecordRepository repository, T edited, Function<T, String> asText) {
		return save(repository, edited, asText, () -> {
		});
	}

	/**
	 * Applies what is typed and saves the record alone, unless there are problems (see {@link EditorFeedback#save});
	 * once saved, {@link #saved} and then {@code after}.
	 *
	 * @param asText the record in a few lines, for the stale-version dialog
	 */
	public <T extends Record> Optional<T> save(RecordRepository repository, T edited, Function<T, String> asText,
			Runnable after) {
		commitAll();
		Optional<T> stored = feedback.save(repository, edited, problems(), asText);
		stored.ifPresent(s -> {
			saved();
			after.run();
		});
		relayout();
		return stored;
	}

	/**
	 * Applies what is typed and saves the record with others changed with it, all or none, unless there are problems
	 * (see {@link EditorFeedback#saveAll}); once saved, {@link #saved} and then {@code after}.
	 *
	 * @param changed what to store: {@code edited} when it changed itself, and the others
	 */
	public <T extends Record> void saveAll(RecordRepository repository, T edited, List<? extends Record> changed,
			Function<T, String> asText, Runnable after) {
		commitAll();
		feedback.saveAll(repository, edited, changed, problems(), asText).ifPresent(s -> {
			saved();
			after.run();
		});
		relayout();
	}

	/** After a save: nothing left to save, and the lists of this kind of record read again. */
	public void saved() {
		commandStack.saveIsDone();
		part.setDirty(false);
		announceChange();
	}

	/** Tells the list parts that the record changed in the store (saved, or given an attachment). */
	public void announceChange() {
		if (broker != null) {
			broker.post(RecordEvents.CHANGED, record.eClass().getName());
		}
	}

	/** After a section changed its size (another row's form) or the status line its text. */
	public void relayout() {
		content.layout(true, true);
		fit();
	}

	public void focus() {
		content.setFocus();
	}

	private void fit() {
		scroller.setMinSize(content.computeSize(Math.max(scroller.getClientArea().width, MIN_WIDTH), SWT.DEFAULT));
	}

	private static void wrapping(Control label) {
		GridDataFactory.fillDefaults().grab(true, false).hint(MIN_WIDTH, SWT.DEFAULT).applyTo(label);
	}
}
