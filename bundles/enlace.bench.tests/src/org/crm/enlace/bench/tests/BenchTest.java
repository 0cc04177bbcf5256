package org.crm.enlace.bench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crm.enlace.bench.internal.Bench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks run to their end on a few hundred records and print every figure; their speed is never asserted
 * here (docs/benchmarks.md keeps the figures). {@code list} needs a folder of a million records to mean anything and is
 * left to the command; {@code map} runs here on a few routes and {@code matrix} twice, on the build's virtual display.
 */
class BenchTest {

	/** One run of {@code ./enlace bench}, with what it printed and its exit code. */
	private record Run(int code, String out, String err) {
	}

	/* A timed figure of the report: "p50 12,3 / p95 45,6 / máx. 78,9 ms". */
	private static final Pattern PERCENTILES = Pattern
			.compile("p50 \\d+,\\d / p95 \\d+,\\d / máx\\. \\d+,\\d ms");

	@TempDir
	Path temporary;

	@Test
	void storeThenReadsAndRawOnItsFolderPrintEveryFigureAndLeaveNoCopy() throws IOException {
		Path data = temporary.resolve("bench");
		Run store = run("store", "--records", "300", "--batch", "100", "--queries", "5", "--data", data.toString());
		assertEquals(Bench.OK, store.code(), store.err());
		for (String figure : new String[] { "Inserción por el almacén (saveAll)", "300 registros",
				"JDBC en bruto, solo RECORDS", "JDBC en bruto, todas las filas del almacén", "count(todos los registros)",
				"300 registros visibles", "Heap en uso", "Búsqueda, analista de GTM", "Búsqueda, analista de MEX" }) {
			assertTrue(store.out().contains(figure), figure + " in\n" + store.out());
		}
		assertTrue(Files.isDirectory(data.resolve("db")), "the folder named with --data is kept");

		Run reads = run("reads", "--queries", "5", "--data", data.toString());
		assertEquals(Bench.OK, reads.code(), reads.err());
		assertTrue(reads.out().contains("300 registros visibles"), reads.out());

		Run raw = run("raw", "--batch", "100", "--data", data.toString());
		assertEquals(Bench.OK, raw.code(), raw.err());
		assertTrue(raw.out().contains("300 registros (300 filas)"),
				"the copy of the first run was dropped: " + raw.out());
	}

	@Test
	void mapRedrawsEveryViewAndSavesWhatItShowed() {
		Path screenshot = temporary.resolve("map.png");
		Run map = run("map", "--routes", "40", "--redraws", "3", "--screenshot", screenshot.toString());
		assertEquals(Bench.OK, map.code(), map.err());
		for (String figure : new String[] { "Mapa sin conexión con 40 rutas", "Lectura de las fronteras",
				"Lectura del nomenclátor", "Pintura del mapa, las Américas, 3 veces",
				"Pintura del mapa, Centroamérica de cerca", "Pintura del mapa, las Américas sin rutas",
				"Del cambio de vista a la pintura hecha", "p95" }) {
			assertTrue(map.out().contains(figure), figure + " in\n" + map.out());
		}
		assertTrue(Files.isRegularFile(screenshot), "the screenshot was saved");
	}

	@Test
	void matrixOpensTheSeededMatrixAndTimesEveryKindOfChange() {
		Path screenshot = temporary.resolve("matrix.png");
		Run matrix = run("matrix", "--runs", "2", "--screenshot", screenshot.toString());
		assertEquals(Bench.OK, matrix.code(), matrix.err());
		for (String figure : new String[] { "Siembra de la matriz en una carpeta nueva", "(2.189 reglas)",
				"Apertura: reglas leídas, tabla llena y pintada (199 x 11), 2 veces",
				"de ello, lectura de las reglas (findAll)", "Filtro de región (Centroamérica, todas), 4 veces",
				"Filtro de requisito (DNI, todos), 4 veces", "Filtro de confirmación (solo confirmadas, todas), 4 veces",
				"Búsqueda al teclear («g», «gu», «gua», «guat», borrar), 10 veces",
				"Orden (por USA, por nombre), 4 veces" }) {
			assertTrue(matrix.out().contains(figure), figure + " in\n" + matrix.out());
		}
		List<String> timed = matrix.out().lines().filter(l -> l.contains("p50")).toList();
		assertEquals(7, timed.size(), "opening, reading and five kinds of change: " + matrix.out());
		for (String line : timed) {
			assertTrue(PERCENTILES.matcher(line).find(), "p50 / p95 / max in: " + line);
		}
		assertTrue(Files.isRegularFile(screenshot), "the screenshot was saved");
	}

	@Test
	void specimenOpensTheViewerOnSixFullImagesAndMeasuresItsMemory() {
		Path screenshot = temporary.resolve("specimen.png");
		Run specimen = run("specimen", "--runs", "2", "--screenshot", screenshot.toString());
		assertEquals(Bench.OK, specimen.code(), specimen.err());
		for (String figure : new String[] { "(6 imágenes)",
				"Apertura: espécimen y alertas leídos, miniaturas, primera imagen decodificada y pintada, 2 veces",
				"Cambio a luz UV (otra imagen completa decodificada y pintada), 2 veces",
				"Heap por visor abierto (tras GC, 3 visores abiertos a la vez)",
				"24,0 MB (una imagen; las 6 juntas serían 144,2 MB)" }) {
			assertTrue(specimen.out().contains(figure), figure + " in\n" + specimen.out());
		}
		List<String> timed = specimen.out().lines().filter(l -> l.contains("p50")).toList();
		assertEquals(2, timed.size(), "opening and light switch: " + specimen.out());
		for (String line : timed) {
			assertTrue(PERCENTILES.matcher(line).find(), "p50 / p95 / max in: " + line);
		}
		assertTrue(Files.isRegularFile(screenshot), "the screenshot was saved");
	}

	@Test
	void demoTimesFirstStartsWithoutAndWithTheDemoSpecimens() {
		Run demo = run("demo", "--runs", "1");
		assertEquals(Bench.OK, demo.code(), demo.err());
		for (String figure : new String[] { "Sin los especímenes de demostración, 1 vez",
				"Con los especímenes de demostración, 1 vez", "Tiempo de CPU del proceso, medianas",
				"Lo que añaden los especímenes (diferencia de medianas)", "Registros de demostración cargados" }) {
			assertTrue(demo.out().contains(figure), figure + " in\n" + demo.out());
		}
		List<String> timed = demo.out().lines().filter(l -> l.contains("p50")).toList();
		assertEquals(2, timed.size(), "without and with: " + demo.out());
		for (String line : timed) {
			assertTrue(PERCENTILES.matcher(line).find(), "p50 / p95 / max in: " + line);
		}
		assertTrue(Pattern.compile("\\d+ sin, \\d+ con los especímenes \\([1-9]\\d* especímenes y alertas\\)")
				.matcher(demo.out()).find(), "the specimens loaded something: " + demo.out());
	}

	@Test
	void dashboardComputesTheDashboardOnTenYearsOfEveryAreasDataAndPrintsEveryFigure() {
		Run dashboard = run("dashboard", "--runs", "2");
		assertEquals(Bench.OK, dashboard.code(), dashboard.err());
		for (String figure : new String[] { "Generación y carga de los datos", "Datos en el almacén",
				"Cálculo del tablero, primera ronda", "Cálculo del tablero, 1 rondas en caliente",
				"Informe PDF, primera ronda", "Informe PDF, 1 rondas en caliente" }) {
			assertTrue(dashboard.out().contains(figure), figure + " in\n" + dashboard.out());
		}
		// The areas' sources as Declarative Services registered them, each timed.
		for (String indicator : new String[] { "FI-1.officials-trained", "FI-2.fewer-victims",
				"IE-1.3.commissions-coordinated" }) {
			assertTrue(dashboard.out().contains("de ello, la fuente " + indicator), indicator + dashboard.out());
		}
		Matcher volume = Pattern.compile("(\\d+) sesiones, ([\\d.]+) participantes, ([\\d.]+) estadísticas mensuales")
				.matcher(dashboard.out());
		assertTrue(volume.find(), dashboard.out());
		int sessions = Integer.parseInt(volume.group(1));
		int participants = Integer.parseInt(volume.group(2).replace(".", ""));
		assertTrue(sessions > 11 * 3 * 9 && sessions <= 11 * 3 * 10, "three a year per member: " + sessions);
		assertTrue(participants >= 20 * sessions && participants <= 40 * sessions, "20 to 40 each: " + participants);
		assertTrue(Integer.parseInt(volume.group(3).replace(".", "")) > 11 * 12 * 9, "monthly, per member");
		Matcher shown = Pattern.compile("(\\d+) indicadores \\((\\d+) con valor\\)").matcher(dashboard.out());
		assertTrue(shown.find(), dashboard.out());
		assertEquals(shown.group(1), shown.group(2), "ten years of data give every indicator a value");
	}

	@Test
	void storeRefusesAFolderThatHoldsAnything() throws IOException {
		Files.writeString(temporary.resolve("something.txt"), "not a benchmark's");
		Run store = run("store", "--records", "10", "--data", temporary.toString());
		assertEquals(Bench.USAGE, store.code());
		assertTrue(store.err().contains(temporary.toString()), store.err());
	}

	@Test
	void wrongCommandLinesSayWhatIsWrong() {
		Run help = run("help");
		assertEquals(Bench.OK, help.code());
		assertTrue(help.out().contains("--records"), help.out());
		assertEquals(Bench.USAGE, run().code());
		assertEquals(Bench.USAGE, run("compile").code());
		Run number = run("store", "--records", "-3");
		assertEquals(Bench.USAGE, number.code());
		assertTrue(number.err().contains("--records"), number.err());
		assertEquals(Bench.USAGE, run("list").code(), "list needs --data");
		assertEquals(Bench.USAGE, run("map", "--routes", "0").code());
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Bench.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
