package org.crm.enlace.releng.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Starts the materialized product through its launch script, as a user would, in separate processes: the workbench
 * first (it creates the data folder and loads the demo data, which is fictitious), then the headless commands on
 * that same folder. Every process's output goes to target/smoke/*.log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductSmokeTest {

	private static final long WORKBENCH_TIMEOUT_SECONDS = 120;
	/** The demo users' password (README): the workbench's first start gives the new data folder the demo accounts. */
	private static final String DEMO_PASSWORD = "enlace-demo";
	/** The commands log in from the environment, as the Technical Secretariat (who reads every directory). */
	private static final Map<String, String> AS_SECRETARIAT = Map.of("ENLACE_USER", "secretariat",
			"ENLACE_PASSWORD", DEMO_PASSWORD);
	private static final long COMMAND_TIMEOUT_SECONDS = 60;
	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static Path product;
	private static Path smoke;
	private static Path data;

	@BeforeAll
	static void findProductAndCleanData() throws IOException {
		product = Path.of(System.getProperty("enlace.product.dir", "../enlace.product/target/products/"
				+ "enlace.product/linux/gtk/x86_64/enlace")).toAbsolutePath().normalize();
		assertTrue(Files.isExecutable(product.resolve("bin/enlace")), () -> "No materialized product at " + product
				+ " (bin/enlace missing). Build it first: ./mvnw -B -ntp verify from the root (the product module runs"
				+ " before this one).");
		Path target = Path.of(System.getProperty("enlace.smoke.dir", "target")).toAbsolutePath();
		smoke = target.resolve("smoke");
		data = smoke.resolve("data");
		deleteRecursively(smoke); // a fresh data folder even when the build runs without clean
		Files.createDirectories(smoke);
	}

	@Test
	@Order(1)
	void workbenchOpensWithTheLiaisonPerspectiveAndClosesCleanly() throws IOException {
		String display = System.getenv("DISPLAY");
		assertTrue(display != null && !display.isBlank(), "DISPLAY is not set: the product smoke test opens the"
				+ " workbench and needs an X display. Run the build under xvfb-run (./enlace test does that).");
		Path report = smoke.resolve("report.json");
		// Logs in as a demo user without the dialog: the password comes from the environment, never the command line.
		Run run = run("workbench", WORKBENCH_TIMEOUT_SECONDS, Map.of("ENLACE_PASSWORD", DEMO_PASSWORD,
				"ENLACE_VMARGS", "-Denlace.user=gtm.liaison -Denlace.startup.report=" + report));
		assertEquals(0, run.exitCode, () -> "The workbench did not close cleanly. " + run.tail());
		assertTrue(Files.isRegularFile(report), () -> "No start-up report at " + report + ". " + run.tail());

		JsonObject json = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
		String title = json.get("windowTitle").getAsString();
		assertTrue(title.contains("Enlace"), () -> "window title: " + title);
		assertEquals("enlace.perspective.liaison", json.get("perspective").getAsString());
		List<String> parts = json.getAsJsonArray("renderedParts").asList().stream()
				.map(JsonElement::getAsString).toList();
		assertTrue(parts.contains("enlace.directory.ui.part.directory.liaison"), () -> "rendered parts: " + parts);
		assertEquals("gtm.liaison · Guatemala · Funcionario de enlace", json.get("userStatus").getAsString(),
				"the status bar names the account");

		Path png = smoke.resolve("report.png");
		assertTrue(Files.isRegularFile(png), () -> "No screenshot at " + png);
		int[] size = pngSize(png);
		assertTrue(size[0] >= 800 && size[1] >= 600, () -> "screenshot is only " + size[0] + "x" + size[1]);
		Path screenshots = Files.createDirectories(smoke.getParent().resolve("screenshots"));
		Files.copy(png, screenshots.resolve("product-window.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	@Order(2)
	void contactsCheckListsTheIncompleteCountriesOfTheDemoData() {
		Run run = run("contacts-check", COMMAND_TIMEOUT_SECONDS, AS_SECRETARIAT, "contacts", "check");
		assertEquals(1, run.exitCode, () -> "contacts check should exit 1 on the demo data. " + run.tail());
		List<String> lines = run.output().lines().toList();
		for (String country : List.of("BLZ", "HND", "PAN")) {
			assertTrue(lines.stream().anyMatch(l -> l.startsWith(country + ":")),
					() -> "no line for " + country + ". " + run.tail());
		}
	}

	@Test
	@Order(3)
	void contactsListAsJsonHasEveryCountryAndTheGuatemalanExtension() {
		Run run = run("contacts-list-json", COMMAND_TIMEOUT_SECONDS, AS_SECRETARIAT, "contacts", "list", "--format",
				"json");
		assertEquals(0, run.exitCode, run::tail);
		JsonArray countries = JsonParser.parseString(run.output()).getAsJsonArray();
		assertEquals(16, countries.size());
		JsonObject guatemala = countries.asList().stream().map(JsonElement::getAsJsonObject)
				.filter(c -> "GTM".equals(c.get("country").getAsString())).findFirst()
				.orElseThrow(() -> new AssertionError("no GTM entry"));
		assertTrue(guatemala.has("gtm.childAlert"), () -> "GTM entry keys: " + guatemala.keySet());
	}

	@Test
	@Order(4)
	void entryAnswersFromTheMatrixTheProductShipsAndSeeded() {
		Run run = run("entry-json", COMMAND_TIMEOUT_SECONDS, AS_SECRETARIAT, "entry", "SLV", "GTM", "USA");
		assertEquals(0, run.exitCode, run::tail);
		List<JsonObject> answers = JsonParser.parseString(run.output()).getAsJsonArray().asList().stream()
				.map(JsonElement::getAsJsonObject).toList();
		assertEquals(List.of("NATIONAL_ID", "VISA_REQUIRED"),
				answers.stream().map(a -> a.get("requirement").getAsString()).toList(), run::tail);
		assertTrue(answers.get(0).get("source").getAsString().contains("passportindex.org"), run::tail);
	}

	@Test
	@Order(5)
	void helpExitsZero() {
		Run run = run("help", COMMAND_TIMEOUT_SECONDS, Map.of(), "help");
		assertEquals(0, run.exitCode, run::tail);
		assertTrue(run.output().contains("contacts check"), run::tail);
	}

	/**
	 * Runs bin/enlace with its standard output in smoke/name.log and its standard error in smoke/name.err.log (apart,
	 * as a user piping the JSON gets it: library warnings on stderr must not break it); destroys it and fails after
	 * the timeout.
	 */
	private static Run run(String name, long timeoutSeconds, Map<String, String> env, String... args) {
		List<String> command = new ArrayList<>();
		command.add(product.resolve("bin/enlace").toString());
		command.addAll(Arrays.asList(args));
		Path log = smoke.resolve(name + ".log");
		Path errors = smoke.resolve(name + ".err.log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(smoke.toFile()).redirectOutput(log.toFile())
				.redirectError(errors.toFile());
		Map<String, String> environment = builder.environment();
		environment.remove("ENLACE_VMARGS"); // nothing from the caller's shell changes what is tested
		environment.remove("ENLACE_USER");
		environment.remove("ENLACE_PASSWORD");
		environment.put("ENLACE_DATA", data.toString());
		environment.put("ENLACE_LANG", "es");
		environment.put("HOME", smoke.resolve("home").toString()); // SWT and GTK write under $HOME
		environment.putAll(env);
		try {
			Process process = builder.start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				fail("bin/enlace " + String.join(" ", args) + " did not end within " + timeoutSeconds + " s: killed. "
						+ new Run(log, errors, -1).tail());
			}
			return new Run(log, errors, process.exitValue());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}

	private record Run(Path log, Path errors, int exitCode) {

		/** The standard output. */
		String output() {
			return read(log);
		}

		/** The end of both outputs, for failure messages; the whole of each is in its log. */
		String tail() {
			return "Exit code " + exitCode + "; " + tail(log) + tail(errors);
		}

		private static String tail(Path file) {
			List<String> lines = Files.exists(file) ? read(file).lines().toList() : List.of();
			return "last lines of " + file + ":\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())) + "\n";
		}

		private static String read(Path file) {
			try {
				return Files.readString(file, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** Width and height from the IHDR chunk, which a PNG must start with right after its signature. */
	private static int[] pngSize(Path png) throws IOException {
		byte[] bytes = Files.readAllBytes(png);
		assertTrue(bytes.length > 1024, () -> png + " has only " + bytes.length + " bytes");
		assertTrue(Arrays.equals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8)), () -> png + " is not a PNG");
		assertEquals("IHDR", new String(bytes, 12, 4, StandardCharsets.US_ASCII), () -> png + " has no IHDR");
		ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8); // big-endian, as PNG is
		return new int[] { header.getInt(), header.getInt() };
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
