package org.crm.enlace.core.store;

import java.util.List;
import java.util.Objects;

import org.crm.enlace.model.Record;

/**
 * A version of another organization's record as its owner's node sent it: the record read from the exact bytes the
 * owner signed, those bytes and the owner's signature (kept so that a relay can pass them on unchanged, and any node
 * can still check who authored the version), and the record's attachments at that version.
 *
 * @param record         the version, with the owner's stamps, which the store keeps as they are
 * @param signedDocument the bytes the owner signed
 * @param signature      the owner's detached signature over {@code signedDocument}
 */
public record ReceivedVersion(Record record, byte[] signedDocument, byte[] signature, List<File> attachments) {

	public ReceivedVersion {
		Objects.requireNonNull(record, "record");
		Objects.requireNonNull(signedDocument, "signedDocument");
		Objects.requireNonNull(signature, "signature");
		attachments = List.copyOf(attachments);
	}

	/** An attachment of the version. */
	public record File(String name, String mediaType, byte[] content) {
		public File {
			Objects.requireNonNull(content, "content");
		}
	}
}
