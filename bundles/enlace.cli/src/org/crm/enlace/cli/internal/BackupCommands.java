package org.crm.enlace.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.store.Backup;
import org.crm.enlace.core.store.RecordStore;

/** {@code backup <folder>} and {@code restore <backup-folder>}. */
public final class BackupCommands {

	private BackupCommands() {
	}

	public static int backup(RecordStore store, Path folder, PrintStream out) {
		Backup backup = store.backup(folder);
		out.println(Messages.format("backup.done", backup.folder(), backup.records(), backup.auditEntries()));
		return Cli.OK;
	}

	public static int restored(Backup backup, Path dataFolder, PrintStream out) {
		out.println(Messages.format("restore.done", backup.folder(), dataFolder, backup.records(),
				backup.createdAt().toString()));
		return Cli.OK;
	}
}
