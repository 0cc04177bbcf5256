package org.crm.enlace.store.derby.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

import org.crm.enlace.core.store.Backup;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;

/**
 * {@value #FILE_NAME}: what a backup folder holds, written last (through a temporary file and a rename), so a
 * folder with a manifest is a complete backup. Beside it, {@code db/} is the copy Derby's
 * {@code SYSCS_BACKUP_DATABASE} wrote.
 *
 * <pre>
 * format=enlace-backup/1
 * schemaVersion=3
 * createdAt=2026-11-29T12:00:00Z
 * records=37
 * auditEntries=52
 * auditHead=&lt;SHA-256 hex of the backup's last audit entry&gt;
 * </pre>
 */
final class BackupManifest {

	static final String FILE_NAME = "enlace-backup.properties";
	static final String FORMAT = "enlace-backup/1";

	private BackupManifest() {
	}

	static void write(Backup backup) {
		String text = "format=" + FORMAT + "\n"
				+ "schemaVersion=" + backup.schemaVersion() + "\n"
				+ "createdAt=" + backup.createdAt() + "\n"
				+ "records=" + backup.records() + "\n"
				+ "auditEntries=" + backup.auditEntries() + "\n"
				+ "auditHead=" + backup.auditHead() + "\n";
		Path manifest = backup.folder().resolve(FILE_NAME);
		Path partial = backup.folder().resolve(FILE_NAME + ".part");
		try {
			Files.writeString(partial, text, StandardCharsets.UTF_8);
			Files.move(partial, manifest, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new StoreException(Reason.NOT_WRITABLE, backup.folder().toString(), e);
		}
	}

	/**
	 * Reads and checks the manifest of a backup folder, and that the database copy is there.
	 *
	 * @param newestSchema the schema version this build writes
	 * @throws StoreException {@code BACKUP_INVALID} naming the folder, {@code TOO_NEW} for a newer layout
	 */
	static Backup read(Path requestedFolder, int newestSchema) {
		Path folder = requestedFolder.toAbsolutePath().normalize();
		Path manifest = folder.resolve(FILE_NAME);
		if (!Files.isRegularFile(manifest)
				|| !Files.isRegularFile(folder.resolve(EmbeddedDatabase.FOLDER_NAME)
						.resolve(EmbeddedDatabase.SERVICE_PROPERTIES))) {
			throw new StoreException(Reason.BACKUP_INVALID, folder.toString());
		}
		Properties values = new Properties();
		try {
			values.load(new StringReader(Files.readString(manifest, StandardCharsets.UTF_8)));
		} catch (IOException | IllegalArgumentException e) {
			throw new StoreException(Reason.BACKUP_INVALID, folder.toString(), e);
		}
		Backup backup;
		try {
			if (!FORMAT.equals(values.getProperty("format"))) {
				throw new IllegalArgumentException("format");
			}
			backup = new Backup(folder, Instant.parse(required(values, "createdAt")),
					Integer.parseInt(required(values, "schemaVersion")), Long.parseLong(required(values, "records")),
					Long.parseLong(required(values, "auditEntries")), required(values, "auditHead"));
		} catch (IllegalArgumentException | DateTimeParseException e) {
			throw new StoreException(Reason.BACKUP_INVALID, folder.toString(), e);
		}
		if (backup.schemaVersion() < 1 || backup.records() < 0 || backup.auditEntries() < 1
				|| !backup.auditHead().matches("[0-9a-f]{64}")) {
			throw new StoreException(Reason.BACKUP_INVALID, folder.toString());
		}
		if (backup.schemaVersion() > newestSchema) {
			throw new StoreException(Reason.TOO_NEW, folder.toString());
		}
		return backup;
	}

	private static String required(Properties values, String key) {
		String value = values.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(key);
		}
		return value.trim();
	}
}
