package org.crm.enlace.releng.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The project's files as the checks see them: everything under bundles/, features/ and releng/ but build output. */
final class SourceTree {

	static final Path ROOT = Path.of(System.getProperty("enlace.root", "../..")).toAbsolutePath().normalize();

	private SourceTree() {
	}

	static List<Path> files(String top, Predicate<Path> filter) {
		try (Stream<Path> walk = Files.walk(ROOT.resolve(top))) {
			return walk.filter(Files::isRegularFile)
					.filter(p -> !ROOT.relativize(p).toString().contains("/target/"))
					.filter(p -> !ROOT.relativize(p).toString().contains("/bin/") || p.toString().contains("rootfiles"))
					.filter(filter)
					.sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Path> bundles() {
		try (Stream<Path> list = Files.list(ROOT.resolve("bundles"))) {
			return list.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String name(Path file) {
		return ROOT.relativize(file).toString();
	}
}
