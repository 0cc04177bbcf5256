package org.crm.enlace.app.handlers;

import java.nio.file.Path;

import org.crm.enlace.app.internal.Messages;
import org.crm.enlace.core.store.Backup;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * File &gt; Backup…: an online backup of the workbench's own store into a folder the user picks. While the workbench
 * holds the data folder, no other process can open it, so this is where a backup of a running node is taken
 * ({@code ./enlace backup} refuses with a hint to come here).
 */
public final class BackupHandler {

	@CanExecute
	boolean canExecute(@Optional RecordStore store) {
		return store != null;
	}

	@Execute
	void execute(RecordStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.get("backup.title"));
		dialog.setMessage(Messages.get("backup.choose"));
		String folder = dialog.open();
		if (folder == null) {
			return;
		}
		Backup[] backup = new Backup[1];
		try {
			BusyIndicator.showWhile(shell.getDisplay(), () -> backup[0] = store.backup(Path.of(folder)));
		} catch (StoreException e) {
			MessageDialog.openError(shell, Messages.get("backup.title"), e.getMessage());
			return;
		}
		MessageDialog.openInformation(shell, Messages.get("backup.title"),
				Messages.format("backup.done", backup[0].folder(), backup[0].records()));
	}
}
