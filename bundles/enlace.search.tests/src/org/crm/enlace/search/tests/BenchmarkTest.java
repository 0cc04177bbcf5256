package org.crm.enlace.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.crm.enlace.search.SearchBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a small count and prints its figures (timings are not judged here). */
class BenchmarkTest {

	private static final Pattern MILLIS = Pattern.compile("p50 \\d+[,.]\\d\\d ms, p95 \\d+[,.]\\d\\d ms");

	@TempDir
	Path folder;

	@Test
	void itIndexesSearchesAndPrintsTheFigures() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		SearchBenchmark.Figures figures = SearchBenchmark.run(folder.resolve("index"), 2_000, 60,
				new PrintStream(bytes, true, StandardCharsets.UTF_8));

		String printed = bytes.toString(StandardCharsets.UTF_8);
		assertEquals(4, printed.lines().count(), printed);
		assertTrue(Pattern.compile("\\b2[.,]?000\\b").matcher(printed).find(), printed);
		assertEquals(2, printed.lines().filter(line -> MILLIS.matcher(line).find()).count(), printed);
		assertEquals(2_000, figures.records());
		assertEquals(60, figures.queries());
		assertTrue(figures.recordsPerSecond() > 0);
		assertTrue(figures.indexMegabytes() > 0);
		assertTrue(figures.searchP50Millis() <= figures.searchP95Millis());
		assertTrue(figures.searchP95Millis() <= figures.searchMaxMillis());
		assertTrue(figures.meanHits() > 1, "the queries find the synthetic records: " + figures.meanHits());
	}
}
