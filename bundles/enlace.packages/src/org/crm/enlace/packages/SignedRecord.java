package org.crm.enlace.packages;

import java.util.List;

/**
 * A record as it travels: its exchange document (the format of {@code enlace.exchange} holding this one record) in
 * the exact bytes its owner signed, the owner's detached signature, and the record's attachments. Relayed as it came.
 */
public record SignedRecord(String id, String owner, int version, byte[] document, byte[] signature,
		List<PackagedAttachment> attachments) {

	public SignedRecord {
		attachments = List.copyOf(attachments);
	}

	/** A file of the record; its name may name a person, so it is shown to users only, never logged. */
	public record PackagedAttachment(String name, String mediaType, byte[] content) {
	}
}
