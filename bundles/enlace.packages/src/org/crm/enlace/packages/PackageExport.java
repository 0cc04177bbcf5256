package org.crm.enlace.packages;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.crm.enlace.core.access.AccessRule;
import org.crm.enlace.core.store.Attachment;
import org.crm.enlace.core.store.OwnerSigned;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;
import org.crm.enlace.packages.SignedRecord.PackagedAttachment;

/**
 * Makes packages from the store, by the store's access rule ({@link AccessRule#maySee}), the same rule by which the
 * store filters its own users' reads; records' attachments go with them, and every export is audited.
 * <ul>
 * <li>{@link #export}: the node's own records modified in a period, to some recipients. One package is readable by
 * all its recipients, so a record some of them may not see is withheld from it (export to those separately).</li>
 * <li>{@link #relay}: what a node holds (its own records and those received from their owners) that one recipient
 * may see, other than the recipient's own: how the Secretariat passes on what every country sent it. Received
 * records travel in the exact bytes their owner signed, with the owner's signature, never re-signed.</li>
 * </ul>
 */
public final class PackageExport {

	private static final int PAGE = 500;

	/**
	 * The package, and how many records went into it and were withheld from it (not releasable to every recipient,
	 * or, when relaying, received before owners' signatures were kept).
	 */
	public record Exported(byte[] file, int records, int withheld) {
	}

	/**
	 * Told of each record as it is taken or withheld, page by page. It stops the export by throwing
	 * {@link java.util.concurrent.CancellationException}: then no package is made and nothing is audited.
	 */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = () -> {
		};

		void recordDone();
	}

	private PackageExport() {
	}

	public static Exported export(RecordStore store, NodeIdentity node, Map<String, X509Certificate> recipients,
			Optional<Instant> since, Optional<Instant> until, Instant now) {
		return export(store, node, recipients, since, until, now, Progress.NONE);
	}

	public static Exported export(RecordStore store, NodeIdentity node, Map<String, X509Certificate> recipients,
			Optional<Instant> since, Optional<Instant> until, Instant now, Progress progress) {
		RecordQuery query = RecordQuery.of(EnlacePackage.Literals.RECORD).ownedBy(node.organization())
				.modifiedBetween(since.orElse(null), until.orElse(null));
		List<SignedRecord> records = new ArrayList<>();
		int[] withheld = { 0 };
		forEach(store, query, record -> {
			if (recipients.keySet().stream().allMatch(recipient -> maySee(recipient, record))) {
				records.add(PackageWriter.signOwn(node, record, attachments(store, record)));
			} else {
				withheld[0]++;
			}
			progress.recordDone();
		});
		byte[] file = PackageWriter.write(node, recipients, since, until, now, records);
		store.audit().recordExport("package to " + String.join(",", recipients.keySet()), records.size());
		return new Exported(file, records.size(), withheld[0]);
	}

	/**
	 * @param recipient the organization the package is for
	 * @param certificate its certificate, from the trust list
	 */
	public static Exported relay(RecordStore store, NodeIdentity node, String recipient, X509Certificate certificate,
			Optional<Instant> since, Optional<Instant> until, Instant now) {
		RecordQuery query = RecordQuery.of(EnlacePackage.Literals.RECORD).modifiedBetween(since.orElse(null),
				until.orElse(null));
		List<SignedRecord> records = new ArrayList<>();
		int[] withheld = { 0 };
		forEach(store, query, record -> {
			if (record.getOwnerCountry().equals(recipient) || !maySee(recipient, record)) {
				return;
			}
			if (record.getOwnerCountry().equals(node.organization())) {
				records.add(PackageWriter.signOwn(node, record, attachments(store, record)));
				return;
			}
			Optional<OwnerSigned> signed = store.ownerSigned(record.getId())
					.filter(held -> held.version() == record.getVersion());
			if (signed.isEmpty()) {
				withheld[0]++;
				return;
			}
			records.add(new SignedRecord(record.getId(), record.getOwnerCountry(), record.getVersion(),
					signed.get().document(), signed.get().signature(), attachments(store, record)));
		});
		byte[] file = PackageWriter.write(node, Map.of(recipient, certificate), since, until, now, records);
		store.audit().recordExport("relay package to " + recipient, records.size());
		return new Exported(file, records.size(), withheld[0]);
	}

	private static boolean maySee(String organization, Record record) {
		return AccessRule.maySee(organization, record.getOwnerCountry(), record.getReleasability(),
				record.getReleasableTo());
	}

	/* Page by page by id: a node's records may be more than fit in memory at once as objects. */
	private static void forEach(RecordStore store, RecordQuery query, Consumer<Record> action) {
		String after = null;
		List<Record> page;
		do {
			page = store.findAfter(query, after, PAGE, Record.class);
			page.forEach(action);
			after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
		} while (page.size() == PAGE);
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
