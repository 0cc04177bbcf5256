package org.crm.enlace.search.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** An index folder's files as they are on disk, byte for byte. */
final class DiskBytes {

	private DiskBytes() {
	}

	/** The files under the folder, at any depth, whose bytes hold this text in UTF-8. */
	static List<Path> filesHolding(Path folder, String text) throws IOException {
		byte[] part = text.getBytes(StandardCharsets.UTF_8);
		List<Path> holding = new ArrayList<>();
		for (Path file : files(folder)) {
			if (indexOf(Files.readAllBytes(file), part) >= 0) {
				holding.add(file);
			}
		}
		return holding;
	}

	/** Every regular file under the folder, at any depth. */
	static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	static int indexOf(byte[] bytes, byte[] part) {
		for (int i = 0; i + part.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		return -1;
	}
}
