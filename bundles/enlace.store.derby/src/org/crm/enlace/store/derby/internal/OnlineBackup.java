package org.crm.enlace.store.derby.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.store.Backup;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.time.Clock;

/**
 * A backup of an open store with Derby's {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, which copies a consistent state
 * of the database while it stays in use. The BACKUP audit entry is committed first, so the copy holds it, and the
 * whole backup runs in one call of {@link Transactions}, so no other call of the store slips in between the entry,
 * the counts of the manifest and the copy. The copy is encrypted like the database, and so are the attachments' files
 * copied with it; the data folder's {@link Keyring} goes with them, so that the accounts of the time of the backup
 * can open it again. The full-text index is not copied: a restored store rebuilds it.
 */
final class OnlineBackup {

	static final String FOLDER_PREFIX = "enlace-backup-";
	private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC);

	private OnlineBackup() {
	}

	static Backup take(Transactions transactions, Actor actor, Clock clock, Path dataFolder, Path requestedParent) {
		Instant now = clock.now();
		Path folder = newFolder(requestedParent.toAbsolutePath().normalize(), now);
		try {
			Backup backup = transactions.run("backup", connection -> {
				Backup copied = copy(connection, actor, now, folder);
				// Still inside the store's call: no attachment is added or removed while its files are copied.
				copyAttachments(dataFolder, folder);
				return copied;
			});
			copyKeyring(dataFolder, folder);
			BackupManifest.write(backup);
			return backup;
		} catch (RuntimeException e) {
			deleteQuietly(folder, e);
			throw e;
		}
	}

	private static Backup copy(Connection connection, Actor actor, Instant now, Path folder) throws SQLException {
		new AuditTrail(connection, actor, now).add(AuditAction.BACKUP, null, null, folder.getFileName().toString());
		// The copy holds committed work only: the entry must be committed to be in it.
		connection.commit();
		AuditTable.Head head = new AuditTable(connection).head();
		long records;
		int schemaVersion;
		try (Statement select = connection.createStatement()) {
			records = single(select, "SELECT COUNT(*) FROM RECORDS");
			schemaVersion = (int) single(select, "SELECT MAX(VERSION) FROM " + Schema.INFO_TABLE);
		}
		try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
			backup.setString(1, folder.toString());
			backup.execute();
		}
		return new Backup(folder, now, schemaVersion, records, head.sequence(), head.hash());
	}

	private static void copyAttachments(Path dataFolder, Path folder) {
		Path attachments = dataFolder.resolve(AttachmentFiles.FOLDER_NAME);
		if (!Files.isDirectory(attachments)) {
			return;
		}
		try {
			Restoring.copyTree(attachments, folder.resolve(AttachmentFiles.FOLDER_NAME));
		} catch (IOException e) {
			throw new StoreException(Reason.NOT_WRITABLE, folder.toString(), e);
		}
	}

	private static void copyKeyring(Path dataFolder, Path folder) {
		if (!Keyring.existsIn(dataFolder)) {
			return;
		}
		try {
			Keyring.copy(dataFolder, folder);
		} catch (IOException e) {
			throw new StoreException(Reason.NOT_WRITABLE, folder.toString(), e);
		}
	}

	private static long single(Statement select, String sql) throws SQLException {
		try (ResultSet result = select.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	/* A new folder each time: a second backup within the same second gets a suffix instead of mixing with the first. */
	private static Path newFolder(Path parent, Instant now) {
		String name = FOLDER_PREFIX + FOLDER_TIME.format(now);
		try {
			Files.createDirectories(parent);
			for (int attempt = 1;; attempt++) {
				Path folder = parent.resolve(attempt == 1 ? name : name + '-' + attempt);
				try {
					return Files.createDirectory(folder);
				} catch (FileAlreadyExistsException e) {
					// Try the next suffix.
				}
			}
		} catch (IOException | SecurityException e) {
			throw new StoreException(Reason.NOT_WRITABLE, parent.toString(), e);
		}
	}

	/** Removes a folder and all it holds; what cannot be removed is reported on {@code failure}. */
	static void deleteQuietly(Path folder, Throwable failure) {
		try {
			delete(folder);
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
	}

	/** Removes a folder and all it holds, if it exists. */
	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
