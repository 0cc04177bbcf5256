package org.crm.enlace.exchange.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's files, for the tests that compare generated files with the committed ones: found from the test's
 * working folder (the test bundle's), or given by {@value #REGENERATE}, which also makes those tests rewrite them.
 */
final class SourceFiles {

	/** Set by the Maven profile {@code regenerate-exchange-format} to the repository's root. */
	static final String REGENERATE = "enlace.exchange.regenerate";

	private SourceFiles() {
	}

	static boolean regenerating() {
		return System.getProperty(REGENERATE) != null;
	}

	static Path root() {
		String given = System.getProperty(REGENERATE);
		Path folder = Path.of(given != null ? given : System.getProperty("user.dir")).toAbsolutePath();
		while (folder != null && !Files.isDirectory(folder.resolve("bundles/enlace.exchange"))) {
			folder = folder.getParent();
		}
		if (folder == null) {
			throw new IllegalStateException("repository root not found above " + System.getProperty("user.dir"));
		}
		return folder;
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
