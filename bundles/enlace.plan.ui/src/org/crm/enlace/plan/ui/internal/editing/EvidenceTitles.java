package org.crm.enlace.plan.ui.internal.editing;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.plan.EvidenceRecords;
import org.crm.enlace.plan.model.EvidenceLink;

/** An evidence link in words: the linked record's title when the user may read it, else its type. */
final class EvidenceTitles {

	private EvidenceTitles() {
	}

	static String of(RecordRepository repository, EvidenceLink link) {
		String title = link.getRecordId() == null ? null
				: repository.findById(link.getRecordId()).map(EvidenceRecords::title).orElse(null);
		return title == null ? link.getRecordType() : Messages.format("evidence.record", link.getRecordType(), title);
	}
}
