package org.crm.enlace.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file the user asked for (an export, a report, a certificate) written whole or not at all: into a file beside it,
 * then moved over it. A failure leaves the target as it was and no partial file behind.
 */
public final class WholeFile {

	/** Writes the content; the stream is closed by {@link WholeFile}. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private WholeFile() {
	}

	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path partial = Files.createTempFile(absolute.getParent(), ".enlace-", ".part");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				content.writeTo(out);
			}
			try {
				Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(partial);
		}
	}
}
