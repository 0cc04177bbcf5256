package org.crm.enlace.packages;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.packages.SignedRecord.PackagedAttachment;

/**
 * Exports the node's own records modified in a period to some recipients: a record goes only when the store's access
 * rule ({@link AccessRule#maySee}) lets every recipient's organization see it, the same rule by which the store
 * filters its own users' reads; its attachments go with it. One package is readable by all its recipients, so a
 * record some of them may not see is withheld from it (export to those separately). The export is audited.
 */
public final class PackageExport {

	private static final int PAGE = 500;

	/** The package, and how many records went into it and were withheld from it. */
	public record Exported(byte[] file, int records, int withheld) {
	}

	private PackageExport() {
	}

	public static Exported export(RecordStore store, NodeIdentity node, Map<String, X509Certificate> recipients,
			Optional<Instant> since, Optional<Instant> until, Instant now) {
		RecordQuery query = RecordQuery.of(EnlacePackage.Literals.RECORD).ownedBy(node.organization())
				.modifiedBetween(since.orElse(null), until.orElse(null));
		List<SignedRecord> records = new ArrayList<>();
		int withheld = 0;
		String after = null;
		List<Record> page;
		do {
			page = store.findAfter(query, after, PAGE, Record.class);
			for (Record record : page) {
				if (recipients.keySet().stream().allMatch(recipient -> AccessRule.maySee(recipient,
						record.getOwnerCountry(), record.getReleasability(), record.getReleasableTo()))) {
					records.add(PackageWriter.signOwn(node, record, attachments(store, record)));
				} else {
					withheld++;
				}
			}
			after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
		} while (page.size() == PAGE);
		byte[] file = PackageWriter.write(node, recipients, since, until, now, records);
		store.audit().recordExport("package to " + String.join(",", recipients.keySet()), records.size());
		return new Exported(file, records.size(), withheld);
	}

	private static List<PackagedAttachment> attachments(RecordStore store, Record record) {
		List<PackagedAttachment> attachments = new ArrayList<>();
		for (Attachment attachment : store.attachments(record.getId())) {
			attachments.add(new PackagedAttachment(attachment.name(), attachment.mediaType(),
					store.readAttachment(attachment.id())));
		}
		return attachments;
	}
}
