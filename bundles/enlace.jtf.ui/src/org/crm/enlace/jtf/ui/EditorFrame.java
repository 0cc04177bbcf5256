package org.crm.enlace.jtf.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Record;
import org.crm.enlace.ui.EditorFeedback;
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

/**
 * What the area's two editors share: a scrolling content with the status line and problems on top, the EMF command
 * stack every change goes through (the app's Undo/Redo act on it), the dirty flag it drives, and a save that lists
 * problems instead of storing and tells the list parts when something was stored.
 */
final class EditorFrame {

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	private final MPart part;
	private final ScrolledComposite scroller;
	private final Composite content;
	private final EditorFeedback feedback;
	private Runnable commitAll = () -> {
	};
	private Supplier<List<Problem>> problems = List::of;

	EditorFrame(Composite parent, MPart part, String widgetPrefix) {
		this.part = part;
		// A meeting with its lists does not fit any screen: the editor scrolls.
		parent.setLayout(new FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		feedback = new EditorFeedback(content, widgetPrefix);
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

	/**
	 * Call once the editor's sections are made: after every change, undo and redo the sections show the model
	 * again, the part's dirty flag follows the stack and the problems are listed.
	 *
	 * @param commitAll applies what is typed in every field (a save may come before the focus leaves one)
	 * @param problems  what keeps the record from being saved: unreadable fields, then the validators' rules
	 */
	void follow(Record record, Runnable showModel, Runnable commitAll, Supplier<List<Problem>> problems) {
		this.commitAll = commitAll;
		this.problems = problems;
		commandStack.addCommandStackListener(e -> {
			if (!feedback.isDisposed()) {
				showModel.run();
				fit();
				part.setDirty(commandStack.isSaveNeeded());
				feedback.showProblems(problems.get());
			}
		});
		fit();
		feedback.showVersion(record);
		feedback.showProblems(problems.get());
	}

	/**
	 * Applies what is typed and stores the record unless there are problems (they are listed instead); on success
	 * the stack is marked saved and {@link RecordEvents#CHANGED} posted so the lists read the records again.
	 *
	 * @param asText the record in a few lines, for the stale-version dialog
	 */
	<T extends Record> boolean save(RecordRepository repository, T record, Function<T, String> asText,
			IEventBroker broker) {
		commitAll.run();
		boolean saved = feedback.save(repository, record, problems.get(), asText).isPresent();
		if (saved) {
			commandStack.saveIsDone();
			part.setDirty(false);
			broker.post(RecordEvents.CHANGED, record.eClass().getName());
		}
		return saved;
	}

	void focus() {
		content.setFocus();
	}

	private void fit() {
		scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}
}
