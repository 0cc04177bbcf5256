package org.crm.enlace.store.derby.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;

/** The data folder of a store: created when missing and refused when it cannot be written. */
final class DataFolder {

	private DataFolder() {
	}

	/**
	 * Creates the folder when missing and checks that it can be written. Permission bits say nothing when running as
	 * root, so the caller also creates a file in it ({@link DataFolderLock}) before anything else happens.
	 *
	 * @return the folder as an absolute, normalized path
	 */
	static Path prepare(Path requested) {
		Path folder = requested.toAbsolutePath().normalize();
		try {
			// Fails when the path or one of its parents is a regular file, or a parent cannot be written.
			Files.createDirectories(folder);
		} catch (IOException | SecurityException e) {
			throw new StoreException(Reason.NOT_WRITABLE, folder.toString(), e);
		}
		if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
			throw new StoreException(Reason.NOT_WRITABLE, folder.toString());
		}
		return folder;
	}
}
