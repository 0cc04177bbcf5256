package org.crm.enlace.core.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup of a store, as its manifest describes it.
 *
 * @param folder        the backup's own folder ({@code enlace-backup-<time>})
 * @param createdAt     when it was taken
 * @param schemaVersion the database layout it holds
 * @param records       how many records it holds, deleted and scrubbed ones included
 * @param auditEntries  how many audit entries it holds, its own BACKUP entry included
 * @param auditHead     the hash of its last audit entry
 */
public record Backup(Path folder, Instant createdAt, int schemaVersion, long records, long auditEntries,
		String auditHead) {
}
