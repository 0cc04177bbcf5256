package org.crm.enlace.records;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.store.RecordVersion.Operation;
import org.crm.enlace.records.internal.Messages;

/**
 * What one version of a record changed, relative to the version before it among those the user may see. A scrubbed
 * version has no content left to compare: it says so and lists nothing.
 *
 * @param comparedWith the earlier version compared with, or -1 when there is none the user may see
 */
public record VersionDetail(int version, int comparedWith, boolean scrubbed, Operation operation,
		List<AttributeChange> changes) {

	/** @param index the version's position in {@code versions}, the history oldest first as the store gives it */
	public static VersionDetail of(List<RecordVersion> versions, int index, Locale locale) {
		RecordVersion shown = versions.get(index);
		RecordVersion before = index > 0 ? versions.get(index - 1) : null;
		int comparedWith = before == null ? -1 : before.version();
		if (shown.scrubbed() || before != null && before.scrubbed()) {
			return new VersionDetail(shown.version(), comparedWith, true, shown.operation(), List.of());
		}
		return new VersionDetail(shown.version(), comparedWith, false, shown.operation(),
				RecordChanges.between(before == null ? null : before.record(), shown.record(), locale));
	}

	/** The line above the changes, in the user's language. */
	public String heading(Locale locale) {
		if (scrubbed) {
			return Messages.format("detail.scrubbed", locale, Integer.toString(version));
		}
		if (comparedWith < 0) {
			return Messages.format(operation == Operation.CREATE ? "detail.created" : "detail.firstVisible", locale,
					Integer.toString(version));
		}
		return Messages.format(changes.isEmpty() ? "detail.unchanged" : "detail.changed", locale,
				Integer.toString(version), Integer.toString(comparedWith));
	}
}
