package org.crm.enlace.records.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.records.MonitorProgress;
import org.crm.enlace.records.ui.internal.Messages;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Rebuilds the store's full-text index in a progress dialog that can be cancelled (the store then keeps the index
 * as it was), says how it ended, and posts {@link #REBUILT} so a Search part that was refused searches again.
 */
public final class SearchIndexRebuild {

	/** Posted after a rebuild ended; the data is {@code true} when it completed, {@code false} when cancelled. */
	public static final String REBUILT = "enlace/records/searchIndexRebuilt";

	private SearchIndexRebuild() {
	}

	public static void run(Shell shell, RecordStore store, IEventBroker events) {
		String title = Messages.get("rebuild.title");
		boolean[] completed = { false };
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				MonitorProgress progress = new MonitorProgress(monitor, Messages.get("rebuild.task"),
						Locale.getDefault());
				try {
					completed[0] = store.rebuildSearchIndex(progress);
				} finally {
					progress.done();
				}
			});
		} catch (InvocationTargetException e) {
			// A StoreException's message is written for the user (never a record's content); anything else is not.
			MessageDialog.openError(shell, title, e.getCause() instanceof StoreException failure ? failure.getMessage()
					: Messages.get("rebuild.failed"));
			return;
		} catch (InterruptedException e) {
			completed[0] = false; // how a dialog reports a cancelled operation; the store reports it by its result
		}
		events.post(REBUILT, completed[0]);
		MessageDialog.openInformation(shell, title,
				Messages.get(completed[0] ? "rebuild.completed" : "rebuild.cancelled"));
	}
}
