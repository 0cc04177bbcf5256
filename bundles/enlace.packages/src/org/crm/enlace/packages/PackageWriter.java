package org.crm.enlace.packages;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.exchange.ExchangeDocuments;
import org.crm.enlace.model.Record;
import org.crm.enlace.packages.PackageManifest.AttachmentEntry;
import org.crm.enlace.packages.PackageManifest.Entry;
import org.crm.enlace.packages.SignedRecord.PackagedAttachment;
import org.crm.enlace.packages.internal.Envelopes;
import org.crm.enlace.packages.internal.ManifestJson;
import org.crm.enlace.packages.internal.SafeZip;

/**
 * Makes a package: a ZIP of the manifest (signed by the sender), each record's exchange document with its owner's
 * detached signature, and the records' attachments, sealed in a CMS EnvelopedData for the recipients' certificates.
 */
public final class PackageWriter {

	private PackageWriter() {
	}

	/** One of the node's own records, as its exchange document signed by the node. */
	public static SignedRecord signOwn(NodeIdentity node, Record record, List<PackagedAttachment> attachments) {
		if (!node.organization().equals(record.getOwnerCountry())) {
			throw new IllegalArgumentException("a node signs its own organization's records only");
		}
		byte[] document = ExchangeDocuments.write(List.of(record)).getBytes(StandardCharsets.UTF_8);
		return new SignedRecord(record.getId(), record.getOwnerCountry(), record.getVersion(), document,
				RecordSignatures.sign(node, document), attachments);
	}

	/**
	 * @param recipients the certificates (from the trust list) of the organizations the package is for
	 */
	public static byte[] write(NodeIdentity sender, Map<String, X509Certificate> recipients, Optional<Instant> since,
			Optional<Instant> until, Instant createdAt, List<SignedRecord> records) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		List<Entry> listed = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			SignedRecord record = records.get(i);
			String document = String.format("records/%06d.json", i + 1);
			entries.put(document, record.document());
			entries.put(document + ".p7s", record.signature());
			List<AttachmentEntry> attachments = new ArrayList<>();
			for (int k = 0; k < record.attachments().size(); k++) {
				PackagedAttachment attachment = record.attachments().get(k);
				String file = String.format("attachments/%06d-%03d.bin", i + 1, k + 1);
				entries.put(file, attachment.content());
				attachments.add(new AttachmentEntry(file, attachment.name(), attachment.mediaType()));
			}
			listed.add(new Entry(document, document + ".p7s", record.id(), record.owner(), record.version(),
					attachments));
		}
		PackageManifest manifest = new PackageManifest(PackageManifest.CURRENT_VERSION, sender.organization(),
				List.copyOf(recipients.keySet()), since, until, createdAt, listed);
		byte[] manifestBytes = ManifestJson.write(manifest, entries);
		Map<String, byte[]> container = new LinkedHashMap<>();
		container.put(PackageReader.MANIFEST, manifestBytes);
		container.put(PackageReader.MANIFEST_SIGNATURE, RecordSignatures.sign(sender, manifestBytes));
		container.putAll(entries);
		return Envelopes.seal(out -> SafeZip.write(container, out), List.copyOf(recipients.values()));
	}
}
