package org.crm.enlace.releng.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Fails when the committed {@code bundles/enlace.model/src-gen} is not what the .ecore and .genmodel generate today,
 * i.e. someone changed the model without regenerating, or edited generated code by hand.
 */
class GeneratedModelIsCurrentTest {

	static final String REGENERATE = "./mvnw -B -pl releng/enlace.model.codegen -Pregenerate-model process-classes";

	private final Path bundle = Path.of(System.getProperty("enlace.model.dir", "../../bundles/enlace.model"))
			.toAbsolutePath().normalize();
	private final Path work = Path.of(System.getProperty("enlace.codegen.work", "target/codegen-check"))
			.toAbsolutePath().normalize();

	@Test
	void committedSourcesMatchFreshGeneration() throws IOException {
		Path committed = bundle.resolve(GenerateModel.SRC_GEN);
		Path fresh = work.resolve(GenerateModel.SRC_GEN);
		GenerateModel.generate(bundle, fresh);

		Map<String, String> expected = read(fresh);
		Map<String, String> actual = Files.isDirectory(committed) ? read(committed) : Map.of();
		assertTrue(expected.size() > 10, "the generator produced only " + expected.keySet());

		List<String> drift = new ArrayList<>();
		for (String file : new TreeSet<>(union(expected, actual))) {
			if (!actual.containsKey(file)) {
				drift.add("missing:   " + file);
			} else if (!expected.containsKey(file)) {
				drift.add("obsolete:  " + file);
			} else if (!expected.get(file).equals(actual.get(file))) {
				drift.add("different: " + file);
			}
		}
		if (!drift.isEmpty()) {
			fail("bundles/enlace.model/src-gen is out of date with model/enlace.ecore and model/enlace.genmodel ("
					+ drift.size() + " files):\n  " + String.join("\n  ", drift)
					+ "\nFresh output is in " + fresh + ".\nRegenerate from the repository root with:\n  " + REGENERATE
					+ "\nand commit src-gen/ (never edit generated code by hand).");
		}
	}

	private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
		TreeSet<String> all = new TreeSet<>(a.keySet());
		all.addAll(b.keySet());
		return all;
	}

	/** Relative path (with '/') to content with line endings normalized to '\n'. */
	private static Map<String, String> read(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
				String content = Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
				files.put(root.relativize(path).toString().replace('\\', '/'), content);
			}
		}
		return files;
	}
}
