package org.crm.enlace.records;

import java.util.Locale;

import org.crm.enlace.model.Record;
import org.crm.enlace.records.internal.Messages;

/**
 * One line of a list of records (search results, the Records part): the record's type and summary in the user's
 * language, its owner, TLP marking and when it was last changed (ISO 8601, UTC).
 */
public record SearchRow(Record record, String type, String summary, String owner, String tlp, String modified) {

	public static SearchRow of(Record record, Locale locale) {
		return new SearchRow(record, RecordNames.type(record.eClass(), locale), RecordSummary.of(record, locale),
				record.getOwnerCountry() == null ? "" : record.getOwnerCountry(),
				record.getTlp() == null ? "" : "TLP:" + record.getTlp().getLiteral(),
				IsoTimes.of(record.getModifiedAt()));
	}

	/** The line of a record listed earlier that the user can no longer see (deleted meanwhile): no record. */
	public static SearchRow unavailable(Locale locale) {
		return new SearchRow(null, "", Messages.format("list.unavailable", locale), "", "", "");
	}
}
