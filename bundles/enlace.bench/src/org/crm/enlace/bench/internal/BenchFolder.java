package org.crm.enlace.bench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.DataFolders;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.Role;

/**
 * The data folder of a benchmark: a new one (never a folder that holds data already) with two fictitious accounts,
 * an analyst of the owning organization ({@value #OWNER_USER}, GTM) and one of another member state
 * ({@value #MEMBER_USER}, MEX), both with the password {@value #PASSWORD}; then logging in and opening the store
 * through the registered {@link RecordStoreFactory}, as the product does.
 */
final class BenchFolder {

	static final String OWNER_USER = "bench.gtm";
	static final String OWNER = "GTM";
	static final String MEMBER_USER = "bench.mex";
	static final String PASSWORD = "enlace-bench";
	static final String PASSWORD_VARIABLE = "ENLACE_PASSWORD";

	private BenchFolder() {
	}

	/**
	 * @param given the folder named on the command line; empty for a new temporary folder
	 * @throws IllegalArgumentException when the folder given holds anything
	 */
	static Path createNew(Optional<Path> given, Clock clock) throws IOException {
		Path folder;
		if (given.isPresent()) {
			folder = given.get().toAbsolutePath().normalize();
			if (Files.exists(folder) && !isEmptyFolder(folder)) {
				throw new IllegalArgumentException(Messages.format("error.notEmpty", folder));
			}
			DataFolders.create(folder);
		} else {
			folder = Files.createTempDirectory("enlace-bench-");
		}
		Keyring.create(folder, NodeKeys.generate(),
				Map.of(new Account(OWNER_USER, OWNER, Role.ANALYST), PASSWORD.toCharArray(),
						new Account(MEMBER_USER, "MEX", Role.ANALYST), PASSWORD.toCharArray()),
				Keyring.defaultIterations(), clock);
		return folder;
	}

	private static boolean isEmptyFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Logs in with the password of the environment's {@value #PASSWORD_VARIABLE}, else the benchmark's. */
	static Unlocked login(Path folder, String user, Clock clock) {
		String password = Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)).orElse(PASSWORD);
		try (Credentials credentials = new Credentials(user, password.toCharArray())) {
			return Keyring.read(folder, clock).unlock(credentials);
		}
	}

	static RecordStoreFactory factory() {
		return Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new StoreException(StoreException.Reason.FAILED, "RecordStoreFactory"));
	}

	static RecordStore open(RecordStoreFactory factory, Path folder, Unlocked login, Clock clock) {
		return factory.openExisting(folder, login.account().asCurrentUser(), login.keys(), clock);
	}

	/** Bytes of the regular files under {@code folder}; 0 when it is missing. */
	static long size(Path folder) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(BenchFolder::sizeOf).sum();
		} catch (IOException | UncheckedIOException e) {
			return 0;
		}
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0; // removed meanwhile (a merged index segment, a log file)
		}
	}

	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
