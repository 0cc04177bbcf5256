package org.crm.enlace.store.derby.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.store.Backup;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;

/**
 * Bringing a backup back: its {@code db/} copy is copied into the data folder (under a temporary name, then renamed,
 * so a failed copy never looks like a database), opened as any database (Derby recovers it from the log the backup
 * holds, and the store migrates it), and compared with its manifest before anyone works with it. The backup's
 * keyring comes with it: its accounts hold the keys the copy is encrypted with.
 */
final class Restoring {

	private static final String PARTIAL_SUFFIX = ".restoring";

	private Restoring() {
	}

	/**
	 * Copies the backup's database into a data folder that has none, holding the folder's lock meanwhile.
	 *
	 * @param dataFolder as prepared by {@link DataFolder#prepare}
	 * @throws StoreException {@code NOT_EMPTY} when the folder holds a database or a keyring
	 */
	static void copyInto(Backup backup, Path dataFolder) {
		try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
			Path database = databaseOf(dataFolder);
			if (Files.exists(database) || Keyring.existsIn(dataFolder)
					|| Files.exists(dataFolder.resolve(AttachmentFiles.FOLDER_NAME))) {
				throw new StoreException(Reason.NOT_EMPTY, dataFolder.toString());
			}
			// Left over by a restore that was cut off: never a database, since the rename comes last.
			Path partial = database.resolveSibling(EmbeddedDatabase.FOLDER_NAME + PARTIAL_SUFFIX);
			try {
				OnlineBackup.delete(partial);
				copyTree(backup.folder().resolve(EmbeddedDatabase.FOLDER_NAME), partial);
				Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
				if (Keyring.existsIn(backup.folder())) {
					Keyring.copy(backup.folder(), dataFolder);
				}
				Path attachments = backup.folder().resolve(AttachmentFiles.FOLDER_NAME);
				if (Files.isDirectory(attachments)) {
					copyTree(attachments, dataFolder.resolve(AttachmentFiles.FOLDER_NAME));
				}
			} catch (IOException | RuntimeException e) {
				StoreException failure = new StoreException(Reason.NOT_WRITABLE, dataFolder.toString(), e);
				OnlineBackup.deleteQuietly(partial, failure);
				throw failure;
			}
		}
	}

	static void copyTree(Path source, Path target) throws IOException {
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path path : walk.toList()) {
				Path copy = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	/**
	 * Checks the opened copy against its manifest (every record there, the audit chain intact and holding the
	 * backup's last entry unchanged), then records the restore in its audit log.
	 *
	 * @throws StoreException {@code BACKUP_INVALID} naming the backup folder when they differ
	 */
	static void check(DerbyRecordStore store, Backup backup) {
		boolean same = store.transactions().run("restore check", connection -> {
			long records;
			try (Statement select = connection.createStatement();
					ResultSet result = select.executeQuery("SELECT COUNT(*) FROM RECORDS")) {
				result.next();
				records = result.getLong(1);
			}
			AuditTable audit = new AuditTable(connection);
			return records == backup.records() && audit.verify().isIntact()
					&& audit.hashAt(backup.auditEntries()).filter(backup.auditHead()::equals).isPresent();
		});
		if (!same) {
			throw new StoreException(Reason.BACKUP_INVALID, backup.folder().toString());
		}
		store.audit().record(AuditAction.RESTORE, backup.folder().getFileName().toString());
	}

	/** Removes a restored database, and the keyring that came with it, when it failed its check. */
	static void discard(Path dataFolder, Throwable failure) {
		OnlineBackup.deleteQuietly(databaseOf(dataFolder), failure);
		OnlineBackup.deleteQuietly(dataFolder.resolve(Keyring.FILE_NAME), failure);
		OnlineBackup.deleteQuietly(dataFolder.resolve(AttachmentFiles.FOLDER_NAME), failure);
	}

	private static Path databaseOf(Path dataFolder) {
		return dataFolder.resolve(EmbeddedDatabase.FOLDER_NAME);
	}
}
