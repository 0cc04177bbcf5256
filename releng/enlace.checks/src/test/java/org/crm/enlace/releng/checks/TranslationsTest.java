package org.crm.enlace.releng.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Spanish is the default language (the base files), English is complete, French is welcome and, where present,
 * complete too.
 */
class TranslationsTest {

	@Test
	void everySpanishTextHasAnEnglishOneAndFrenchWhenPresentHasTheSameKeys() {
		List<String> problems = new ArrayList<>();
		for (Path base : baseFiles()) {
			Set<String> keys = keys(base);
			for (String language : List.of("en", "fr")) {
				Path translation = base.resolveSibling(base.getFileName().toString()
						.replace(".properties", "_" + language + ".properties"));
				if (!Files.exists(translation)) {
					if (language.equals("en")) {
						problems.add(SourceTree.name(base) + ": no English translation");
					}
					continue;
				}
				Set<String> translated = keys(translation);
				if (!translated.equals(keys)) {
					Set<String> missing = new TreeSet<>(keys);
					missing.removeAll(translated);
					Set<String> extra = new TreeSet<>(translated);
					extra.removeAll(keys);
					problems.add(SourceTree.name(translation) + ": missing " + missing + ", extra " + extra);
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	/** Equinox reads bundle localization as ISO-8859-1: anything else must be a \\u escape. */
	@Test
	void bundleLocalizationFilesAreAscii() {
		List<String> offenders = SourceTree.files("bundles", TranslationsTest::isBundleLocalization).stream()
				.filter(p -> !SourceTree.read(p).chars().allMatch(c -> c < 128))
				.map(SourceTree::name)
				.toList();
		assertEquals(List.of(), offenders);
		assertEquals(List.of(), SourceTree.files("features", p -> p.toString().endsWith("feature.properties")).stream()
				.filter(p -> !SourceTree.read(p).chars().allMatch(c -> c < 128))
				.map(SourceTree::name)
				.toList());
	}

	@Test
	void thereAreTextsToCheck() {
		assertTrue(baseFiles().size() >= 10, "found only " + baseFiles());
	}

	private static List<Path> baseFiles() {
		List<Path> files = new ArrayList<>(SourceTree.files("bundles", p -> {
			String name = p.getFileName().toString();
			boolean isBase = name.equals("messages.properties") || name.equals("bundle.properties")
					|| name.equals("plugin.properties") || name.equals("labels.properties");
			return isBase && !SourceTree.name(p).contains(".tests/");
		}));
		files.addAll(SourceTree.files("features", p -> p.getFileName().toString().equals("feature.properties")));
		return files;
	}

	private static boolean isBundleLocalization(Path p) {
		return SourceTree.name(p).contains("/OSGI-INF/l10n/") || p.getFileName().toString().startsWith("plugin");
	}

	private static Set<String> keys(Path file) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(SourceTree.read(file)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
