package org.crm.enlace.cotravel.ui.internal;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * Any change to the alert made by plain code (add a person and pair it with the others, fill a person from a zone)
 * as one command: EMF records what the code changed, so undo and redo replay it without a command per setter.
 */
public final class ModelChange extends ChangeCommand {

	private final Runnable change;

	public ModelChange(Notifier notifier, Runnable change) {
		super(notifier);
		this.change = change;
	}

	@Override
	protected void doExecute() {
		change.run();
	}
}
