package org.crm.enlace.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

import org.crm.enlace.cli.Cli;

import org.crm.enlace.core.store.DataFolders;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.packages.PackageException;

/**
 * The command line of the exchange commands ({@link KeysCommands}, {@link PackageCommands}): words, and options of
 * their own that take a value. The node key password comes from the terminal or from the first line of
 * {@code --password-file} (for scripts), never from an option's value, which process lists show.
 */
final class ExchangeOptions {

	private final Map<String, String> options = new LinkedHashMap<>();
	private final List<String> words = new ArrayList<>();

	ExchangeOptions(String[] args, List<String> known) {
		for (int i = 0; i < args.length; i++) {
			if (known.contains(args[i])) {
				if (i + 1 == args.length) {
					throw new IllegalArgumentException(Messages.format("error.missingValue", args[i]));
				}
				options.put(args[i], args[++i]);
			} else if (args[i].startsWith("--")) {
				throw new IllegalArgumentException(Messages.format("error.unknownOption", args[i]));
			} else {
				words.add(args[i]);
			}
		}
	}

	/** Runs a command, turning its failures into a message on {@code err} and the exit code of {@link Cli}. */
	static int reporting(PrintStream err, IntSupplier command) {
		try {
			return command.getAsInt();
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return Cli.USAGE;
		} catch (PackageException e) {
			err.println(e.getMessage());
			return Cli.STORE_FAILED;
		} catch (StoreException e) {
			err.println(e.getMessage());
			return e.reason() == StoreException.Reason.LOGIN_FAILED || e.reason() == StoreException.Reason.LOGIN_LOCKED
					? Cli.LOGIN_FAILED
					: Cli.STORE_FAILED;
		}
	}

	List<String> words() {
		return words;
	}

	Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	Path dataFolder() {
		return DataFolders.resolve(option("--data"));
	}

	/* From --password-file's first line, else the terminal (twice for a new key). */
	char[] keyPassword(Login login, boolean isNew) {
		Optional<String> file = option("--password-file");
		if (file.isPresent()) {
			List<String> lines;
			try {
				lines = Files.readAllLines(Path.of(file.get()), StandardCharsets.UTF_8);
			} catch (IOException e) {
				lines = List.of();
			}
			if (lines.isEmpty()) {
				throw new IllegalArgumentException(Messages.format("keys.passwordFile", file.get()));
			}
			return lines.get(0).toCharArray();
		}
		char[] password = login.secret(Messages.format("keys.password"))
				.orElseThrow(() -> new IllegalArgumentException(Messages.format("keys.passwordNeeded")));
		if (isNew) {
			char[] again = login.secret(Messages.format("keys.passwordAgain")).orElse(new char[0]);
			boolean same = Arrays.equals(password, again);
			Arrays.fill(again, '\0');
			if (!same) {
				throw new IllegalArgumentException(Messages.format("login.mismatch"));
			}
		}
		return password;
	}

	static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new IllegalArgumentException(Messages.format("keys.unreadable", file));
		}
	}

	static void createFolder(Path folder) {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new IllegalArgumentException(Messages.format("keys.unwritable", folder));
		}
	}

	static void write(Path file, byte[] content) {
		try {
			Files.write(file, content);
		} catch (IOException e) {
			throw new IllegalArgumentException(Messages.format("keys.unwritable", file));
		}
	}
}
