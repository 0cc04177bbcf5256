package org.crm.enlace.app.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Undo and redo act on the command stack of the active part, when that part edits through an EMF domain. */
final class EditingDomains {

	private EditingDomains() {
	}

	static Optional<CommandStack> commandStackOf(MPart part) {
		return Optional.ofNullable(part)
				.map(MPart::getObject)
				.filter(IEditingDomainProvider.class::isInstance)
				.map(o -> ((IEditingDomainProvider) o).getEditingDomain().getCommandStack());
	}
}
