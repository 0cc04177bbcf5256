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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fails when the committed {@code src-gen} of a model bundle ({@code bundles/enlace.model},
 * {@code bundles/enlace.entry.model}, any bundle with a {@code model/*.genmodel}) is not what its .ecore and .genmodel
 * generate today, i.e. someone changed a model without regenerating, or edited generated code by hand.
 */
class GeneratedModelIsCurrentTest {

	static final String REGENERATE = "./mvnw -B -pl releng/enlace.model.codegen -Pregenerate-model process-classes";

	private static final Path BUNDLES = Path.of(System.getProperty("enlace.bundles.dir", "../../bundles"))
			.toAbsolutePath().normalize();
	private final Path work = Path.of(System.getProperty("enlace.codegen.work", "target/codegen-check"))
			.toAbsolutePath().normalize();

	@Test
	void everyModelBundleIsFound() throws IOException {
		List<String> found = GenerateModel.modelBundles(BUNDLES);
		assertTrue(found.containsAll(List.of("enlace.model", "enlace.entry.model")), found.toString());
	}

	@ParameterizedTest
	@MethodSource("modelBundles")
	void committedSourcesMatchFreshGeneration(String bundle) throws IOException {
		Path committed = BUNDLES.resolve(bundle).resolve(GenerateModel.SRC_GEN);
		Path fresh = work.resolve(bundle).resolve(GenerateModel.SRC_GEN);
		GenerateModel.generate(BUNDLES, bundle, fresh);

		Map<String, String> expected = read(fresh);
		Map<String, String> actual = Files.isDirectory(committed) ? read(committed) : Map.of();
		assertTrue(expected.size() > 5, "the generator produced only " + expected.keySet());

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
			fail("bundles/" + bundle + "/src-gen is out of date with its model/*.ecore and model/*.genmodel ("
					+ drift.size() + " files):\n  " + String.join("\n  ", drift)
					+ "\nFresh output is in " + fresh + ".\nRegenerate from the repository root with:\n  " + REGENERATE
					+ "\nand commit src-gen/ (never edit generated code by hand).");
		}
	}

	static List<String> modelBundles() throws IOException {
		return GenerateModel.modelBundles(BUNDLES);
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
