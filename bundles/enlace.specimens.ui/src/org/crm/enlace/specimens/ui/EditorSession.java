package org.crm.enlace.specimens.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Record;
import org.crm.enlace.specimens.ImageLimits;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.ui.internal.Messages;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.EditorFeedback;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * What the specimen and the alert editor share: the command stack (undo, redo, dirty), the images waiting for Save,
 * the yes/no question before callouts are lost, and the save of a record with images.
 */
final class EditorSession {

	final BasicCommandStack commandStack = new BasicCommandStack();
	final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			commandStack);
	final EditorImages images;
	private final MPart part;
	private final String idKey;
	private final IEventBroker broker;
	private Predicate<String> confirm;

	/**
	 * @param idKey  where the part keeps the record's id once saved, so that opening the record again finds it
	 * @param broker tells the lists that a record changed; absent outside the workbench
	 */
	EditorSession(RecordRepository repository, ImageLimits limits, MPart part, String idKey, IEventBroker broker) {
		images = EditorImages.of(repository, limits == null ? ImageLimits.DEFAULT : limits);
		this.part = part;
		this.idKey = idKey;
		this.broker = broker;
	}

	/** The line that tells a user why the record is shown read-only. */
	static void readOnlyReason(Composite content, String widgetId, String text) {
		Label reason = new Label(content, SWT.WRAP);
		reason.setData(AttributeForm.WIDGET_ID, widgetId);
		reason.setText(text);
	}

	/** The question asked before an image's callouts go with it: a dialog, unless a test answers it. */
	Predicate<String> confirmation(Control shellOwner) {
		return question -> confirm != null ? confirm.test(question)
				: MessageDialog.openConfirm(shellOwner.getShell(), Messages.get("editor.image.confirmTitle"),
						question);
	}

	/** The editor's scrolling content: one column, the feedback first. */
	static Composite scrolledContent(Composite parent) {
		parent.setLayout(new FillLayout());
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		scroller.setContent(content);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		return content;
	}

	/**
	 * After each command (done, undone, redone): every section shows the model again, the problems are listed anew,
	 * the part is dirty while the stack says so, and the scrolling follows the content's size.
	 *
	 * @return what shows everything, also after a save
	 */
	Runnable showAfterEachCommand(Composite content, EditorFeedback status, Runnable sections,
			Supplier<List<Problem>> problems) {
		Runnable showAll = () -> {
			sections.run();
			status.showProblems(problems.get());
			((ScrolledComposite) content.getParent()).setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		};
		commandStack.addCommandStackListener(e -> {
			if (!status.isDisposed()) {
				showAll.run();
				part.setDirty(commandStack.isSaveNeeded());
			}
		});
		return showAll;
	}

	void confirmWith(Predicate<String> answer) {
		confirm = answer;
	}

	/**
	 * Saves the record unless {@code problems} lists some, with the images waiting for it: they are attached first
	 * and the record is saved with their attachment ids (a record never saved gets its id, which attaching needs, by
	 * a first save). When that save fails (stale, forbidden), the attachments just made are removed again and the
	 * images keep waiting. After a save, the attachments no image refers to any more are removed. Marks the stack
	 * saved only when all of it went through.
	 */
	<T extends Record> Optional<T> save(EditorFeedback status, RecordRepository repository, T record,
			List<Problem> problems, Function<T, String> asText, List<PageImage> inRecord) {
		PendingImages pending = images.pending();
		if (!problems.isEmpty() || (record.getVersion() == 0 && pending.anyToAttach(inRecord))) {
			Optional<T> first = status.save(repository, record, problems, asText);
			if (first.isEmpty() || !pending.anyToAttach(inRecord)) {
				return finished(status, first, repository, record, inRecord);
			}
		}
		List<PageImage> attached;
		try {
			attached = pending.attachNew(repository, record.getId(), inRecord);
		} catch (StoreException e) {
			status.status(Messages.format("editor.images.notStored", e.getMessage()));
			return Optional.empty();
		}
		Optional<T> saved = status.save(repository, record, List.of(), asText);
		if (saved.isEmpty()) {
			pending.detach(repository, attached);
			return saved;
		}
		return finished(status, saved, repository, record, inRecord);
	}

	private <T extends Record> Optional<T> finished(EditorFeedback status, Optional<T> saved,
			RecordRepository repository, T record, List<PageImage> inRecord) {
		if (saved.isPresent()) {
			try {
				images.pending().detachUnused(repository, record.getId(), inRecord);
			} catch (StoreException e) {
				// The record is saved; an unused attachment stays until the next save removes it.
				status.status(Messages.format("editor.images.notRemoved", e.getMessage()));
			}
			images.pending().forgetStored();
			commandStack.saveIsDone();
			part.setDirty(false);
			part.getTransientData().put(idKey, record.getId());
			if (broker != null) {
				broker.post(RecordEvents.CHANGED, record.eClass().getName());
			}
		}
		return saved;
	}

	/* Fields, drop-downs and buttons of a record another country owns: read, not changed. */
	static void readOnly(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Text text) {
				text.setEditable(false);
			} else if (child instanceof Combo || child instanceof Button) {
				child.setEnabled(false);
			} else if (child instanceof Composite nested) {
				readOnly(nested);
			}
		}
	}
}
