package org.crm.enlace.records.ui;

import org.crm.enlace.core.store.RecordStore;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File &gt; Rebuild search index…: the store's full-text index rebuilt from every record, with progress and Cancel. */
public final class RebuildSearchIndexHandler {

	@CanExecute
	boolean canExecute(@Optional RecordStore store) {
		return store != null;
	}

	@Execute
	void execute(RecordStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
		SearchIndexRebuild.run(shell, store, events);
	}
}
