package org.crm.enlace.core.store;

import java.time.Instant;

/**
 * A file that belongs to one record (a photograph of a document page, an annex of a report), kept encrypted beside
 * the database. Whoever may see the record may read its attachments; only its owner's users add or remove them.
 *
 * @param name      the file name as given, for the user; may name a person, so never logged
 * @param mediaType such as {@code image/png}
 */
public record Attachment(String id, String recordId, String name, String mediaType, long size, Instant addedAt,
		String addedBy) {
}
