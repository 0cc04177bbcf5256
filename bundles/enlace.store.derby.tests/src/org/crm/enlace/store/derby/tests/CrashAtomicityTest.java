package org.crm.enlace.store.derby.tests;

import static org.crm.enlace.store.derby.tests.TestSupport.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.store.derby.tests.TestSupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A process killed with {@code kill -9} in the middle of a large write transaction leaves all of it or none of it,
 * records and audit entries alike; a process killed after its commit, without closing the store, leaves all of it.
 * <p>
 * How: {@link CrashingWriter} runs in a separate JVM on a plain class path (no OSGi) made of the jars of the bundles
 * this test runs with (the store, the core, the model, EMF, Derby and its fragments; found through their bundle
 * locations) and of a copy of its own class file. It opens the store with the real {@code DerbyRecordStoreFactory}
 * and stores {@value #BATCH} records with one {@code saveAll}. The first run lets the transaction commit and
 * measures how long it takes; the other runs kill the process ({@link Process#destroyForcibly}, SIGKILL on Linux)
 * at 10 %, 30 %, 50 %, 70 % and 90 % of that time. After each run the test reopens the store in this JVM (Derby
 * recovers from its log) and counts the batch and its CREATE entries: 0 or all, and the audit chain intact.
 */
class CrashAtomicityTest {

	private static final int BATCH = 1500;
	private static final double[] KILL_AT = { 0.1, 0.3, 0.5, 0.7, 0.9 };
	private static final long START_TIMEOUT_SECONDS = 30;
	/** Derby and its fragments, EMF, Lucene and our bundles: what the child's class path needs, by symbolic name. */
	private static final List<String> CLASS_PATH_BUNDLES = List.of("derby", "org.apache.derby.tools",
			"org.apache.derby.shared", "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi",
			"enlace.model", "enlace.core", "enlace.search", "enlace.store.derby", "org.apache.lucene.core",
			"org.apache.lucene.analysis.common", "org.apache.lucene.queryparser");

	@TempDir
	Path temporary;

	private final TestClock clock = new TestClock();
	private final NodeKeys keys = NodeKeys.generate();

	@Test
	void aWriteTransactionKilledAtAnyMomentLeavesAllOrNoneOfIt() throws Exception {
		Path data = temporary.resolve("data");
		Files.createDirectories(data);
		Account writer = new Account(CrashingWriter.WRITER.userName(), CrashingWriter.WRITER.country(),
				CrashingWriter.WRITER.role());
		Keyring.create(data, keys, Map.of(writer, CrashingWriter.PASSWORD.toCharArray()), 10_000, clock);
		TestSupport.factoryService().open(data, USER, keys, clock).close();
		String classPath = classPath();

		Child committed = Child.start(classPath, data, "LOTE-0", temporary);
		long writingAt = committed.await(CrashingWriter.WRITING);
		long transactionNanos = committed.await(CrashingWriter.COMMITTED) - writingAt;
		committed.kill();
		assertEquals(BATCH, stored(data, "LOTE-0"), "a commit survives a kill -9 without a clean shutdown");

		List<Long> outcomes = new ArrayList<>();
		for (int run = 0; run < KILL_AT.length; run++) {
			String batch = "LOTE-" + (run + 1);
			Child child = Child.start(classPath, data, batch, temporary);
			long started = child.await(CrashingWriter.WRITING);
			long killAt = started + (long) (transactionNanos * KILL_AT[run]);
			TimeUnit.NANOSECONDS.sleep(Math.max(0, killAt - System.nanoTime()));
			child.kill();
			long stored = stored(data, batch);
			assertTrue(stored == 0 || stored == BATCH, batch + " killed at " + KILL_AT[run] + ": " + stored
					+ " of " + BATCH + " records stored");
			outcomes.add(stored);
		}
		// One line in the test's output, to see on a slow or fast machine where the kills landed.
		System.out.printf("CrashAtomicityTest: a transaction of %d records took %d ms; stored after each kill: %s%n",
				BATCH, TimeUnit.NANOSECONDS.toMillis(transactionNanos), outcomes);
		assertTrue(outcomes.contains(0L), "at least one kill landed inside the transaction: " + outcomes
				+ " (the committed run took " + TimeUnit.NANOSECONDS.toMillis(transactionNanos) + " ms)");
	}

	/** Reopens the store (recovery), counts the batch and its audit entries, checks the chain. */
	private long stored(Path data, String batch) throws InterruptedException {
		try (RecordStore store = TestSupport.factoryService().open(data, USER, keys, clock)) {
			long records = store.count(RecordQuery.of(EnlacePackage.Literals.CONTACT_POINT)
					.where(EnlacePackage.Literals.CONTACT_POINT__COUNTRY, batch));
			long created = store.audit().entries(null).stream()
					.filter(e -> e.action() == AuditAction.CREATE
							&& e.userName().equals(CrashingWriter.WRITER.userName()))
					.count();
			// Every contact point of this store comes from a child: the audit entries went with them, or not.
			assertEquals(store.count(EnlacePackage.Literals.CONTACT_POINT), created,
					"one CREATE entry per stored record, no more, no less");
			assertTrue(store.audit().verify().isIntact(), batch);
			return records;
		}
	}

	/** The child's class path: the bundles' jars, and a folder with a copy of CrashingWriter's class file. */
	private String classPath() throws IOException {
		Map<String, Bundle> bundles = Arrays.stream(FrameworkUtil.getBundle(getClass()).getBundleContext()
				.getBundles()).collect(Collectors.toMap(Bundle::getSymbolicName, Function.identity(), (a, b) -> a));
		List<String> entries = new ArrayList<>();
		for (String name : CLASS_PATH_BUNDLES) {
			Bundle bundle = bundles.get(name);
			assertNotNull(bundle, name + " is in the test runtime");
			entries.add(fileOf(bundle).toString());
		}
		Path classes = temporary.resolve("child-classes");
		String resource = CrashingWriter.class.getName().replace('.', '/') + ".class";
		Path copy = classes.resolve(resource);
		Files.createDirectories(copy.getParent());
		try (InputStream in = CrashingWriter.class.getClassLoader().getResourceAsStream(resource)) {
			assertNotNull(in, resource);
			Files.write(copy, in.readAllBytes());
		}
		entries.add(classes.toString());
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * The jar (or folder) a bundle was installed from. Equinox locations read {@code reference:file:<path>}, or
	 * {@code initial@reference:file:<path>} in a product; a relative path (Tycho writes them in a full reactor build)
	 * is relative to the framework's install area. A bundle installed from a project folder, as Tycho does for the
	 * test bundle in development mode, has its classes in {@code target/classes}.
	 */
	private static Path fileOf(Bundle bundle) {
		String location = bundle.getLocation();
		int file = location.indexOf("file:");
		assertTrue(file >= 0, "unexpected location " + location);
		Path path = Path.of(location.substring(file + "file:".length()));
		if (!path.isAbsolute()) {
			path = installArea().resolve(path);
		}
		path = path.normalize();
		if (Files.isDirectory(path) && Files.isDirectory(path.resolve("target/classes"))) {
			return path.resolve("target/classes");
		}
		assertTrue(Files.exists(path), path + " (location " + location + ")");
		return path;
	}

	private static Path installArea() {
		String area = System.getProperty("osgi.install.area");
		assertNotNull(area, "osgi.install.area");
		return Path.of(URI.create(area.replace(" ", "%20")));
	}

	/** The child process and the lines it has printed, with the time each arrived. */
	private record Child(Process process, BlockingQueue<Line> lines, Path errors) {

		private record Line(String text, long nanos) {
		}

		static Child start(String classPath, Path data, String batch, Path temporary) throws IOException {
			Path java = Path.of(System.getProperty("java.home"), "bin", "java");
			ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1",
					"-Dderby.stream.error.file=" + temporary.resolve("child-derby.log"), "-cp", classPath,
					CrashingWriter.class.getName(), data.toString(), Integer.toString(BATCH), batch);
			Path errors = temporary.resolve("child-" + batch + ".err");
			builder.redirectError(errors.toFile());
			Process process = builder.start();
			BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
						StandardCharsets.UTF_8))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						lines.add(new Line(line, System.nanoTime()));
					}
				} catch (IOException e) {
					// The process was killed: its output ends here.
				}
			}, "output of " + batch);
			reader.setDaemon(true);
			reader.start();
			return new Child(process, lines, errors);
		}

		/** Waits for a line and returns when it arrived; fails with the child's error output after the timeout. */
		long await(String expected) throws InterruptedException, IOException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
			while (System.nanoTime() < deadline) {
				Line line = lines.poll(100, TimeUnit.MILLISECONDS);
				if (line != null && line.text().equals(expected)) {
					return line.nanos();
				}
				if (line == null && !process.isAlive()) {
					break;
				}
			}
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
			fail("the child did not print " + expected + " within " + START_TIMEOUT_SECONDS + " s; its errors:\n"
					+ Files.readString(errors));
			return 0;
		}

		/** kill -9, and wait until it is gone so its file lock is released. */
		void kill() throws InterruptedException {
			process.destroyForcibly();
			assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the child ended");
		}
	}
}
