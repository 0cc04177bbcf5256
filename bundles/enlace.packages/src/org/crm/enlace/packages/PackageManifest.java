package org.crm.enlace.packages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a package says about itself ({@code manifest.json}, signed by the sender in {@code manifest.json.p7s}).
 *
 * @param since   records modified from then on, when the export had a lower bound
 * @param until   records modified before then, when the export had an upper bound
 * @param records in the order of the entries {@code records/000001.json}...
 */
public record PackageManifest(String formatVersion, String sender, List<String> recipients, Optional<Instant> since,
		Optional<Instant> until, Instant createdAt, List<Entry> records) {

	public static final String FORMAT = "enlace-package";
	public static final String CURRENT_VERSION = "1.0";

	public PackageManifest {
		recipients = List.copyOf(recipients);
		records = List.copyOf(records);
	}

	/**
	 * One record's entry: where its document and signature are, what the sender says it is (checked against the
	 * document on reading), and its attachments' entries.
	 */
	public record Entry(String document, String signature, String id, String owner, int version,
			List<AttachmentEntry> attachments) {
		public Entry {
			attachments = List.copyOf(attachments);
		}
	}

	public record AttachmentEntry(String file, String name, String mediaType) {
	}
}
