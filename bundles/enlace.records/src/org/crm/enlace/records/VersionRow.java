package org.crm.enlace.records;

import java.util.Locale;

import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.records.internal.Messages;

/**
 * One line of a record's history as the History view shows it.
 *
 * @param modifiedAt ISO 8601, UTC
 * @param operation  creation, change or deletion, in the user's language
 * @param content    empty, or says that the version's content was scrubbed
 */
public record VersionRow(int version, String modifiedAt, String modifiedBy, String operation, String content) {

	public static VersionRow of(RecordVersion version, Locale locale) {
		return new VersionRow(version.version(), IsoTimes.of(version.modifiedAt()),
				version.modifiedBy() == null ? "" : version.modifiedBy(),
				Messages.get("operation." + version.operation().name(), locale),
				version.scrubbed() ? Messages.get("version.scrubbed", locale) : "");
	}
}
