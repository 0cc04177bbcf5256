package org.crm.enlace.store.derby.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The attachment files one write transaction adds and removes. Files live beside the database, outside its
 * transactions: a removed file is deleted only once the transaction has committed, an added one as soon as it fails.
 */
final class FileChanges {

	private final List<String> added = new ArrayList<>();
	private final List<String> removed = new ArrayList<>();

	void added(String attachmentId) {
		added.add(attachmentId);
	}

	void removed(String attachmentId) {
		removed.add(attachmentId);
	}

	void committed(AttachmentFiles files) {
		removed.forEach(files::delete);
	}

	void failed(AttachmentFiles files) {
		added.forEach(files::delete);
	}
}
