package org.crm.enlace.specimens.ui;

import org.crm.enlace.core.user.CurrentUser;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File &gt; New document specimen: a liaison officer describes a document of the own country. */
public final class NewSpecimenHandler {

	@CanExecute
	boolean canExecute(@Optional CurrentUser user) {
		return EditorOpening.entersOwnCountrysRecords(user);
	}

	@Execute
	void execute(EPartService parts) {
		SpecimenEditors.open(parts, null, null);
	}
}
