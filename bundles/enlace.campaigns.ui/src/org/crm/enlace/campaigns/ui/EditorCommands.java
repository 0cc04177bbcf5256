package org.crm.enlace.campaigns.ui;

import java.util.List;
import java.util.function.Function;

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

/**
 * What this area's editors share: one record's editing domain, whose command stack the workbench's Undo and Redo
 * act on, the part's dirty flag kept from it, and the save that tells the list parts a record changed.
 */
final class EditorCommands {

	private final BasicCommandStack stack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
			stack);
	private final MPart part;
	private final IEventBroker broker;

	/** @param broker none outside the workbench (tests): then no one is told of a save */
	EditorCommands(MPart part, IEventBroker broker) {
		this.part = part;
		this.broker = broker;
	}

	EditingDomain domain() {
		return domain;
	}

	/** After every command, undo and redo, while {@code feedback} is on screen: shows the model again. */
	void afterEachChange(EditorFeedback feedback, Runnable showModel) {
		stack.addCommandStackListener(e -> {
			if (!feedback.isDisposed()) {
				showModel.run();
				part.setDirty(stack.isSaveNeeded());
			}
		});
	}

	/**
	 * Saves unless {@code problems} lists any (they are shown then); a stored save leaves the part clean. The status
	 * line says what happened, the store's refusal in words.
	 */
	<T extends Record> void save(EditorFrame frame, RecordRepository repository, T record, List<Problem> problems,
			Function<T, String> asText) {
		frame.feedback().save(repository, record, problems, asText).ifPresent(saved -> {
			stack.saveIsDone();
			part.setDirty(false);
			announce(record);
		});
		frame.relayout();
	}

	/** Tells the list parts that the record changed in the store (saved, or given an attachment). */
	void announce(Record record) {
		if (broker != null) {
			broker.post(RecordEvents.CHANGED, record.eClass().getName());
		}
	}
}
