package org.crm.enlace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.crm.enlace.cli.internal.Arguments;
import org.crm.enlace.cli.internal.AuditCommands;
import org.crm.enlace.cli.internal.BackupCommands;
import org.crm.enlace.cli.internal.ContactsCommands;
import org.crm.enlace.cli.internal.Messages;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.DataFolders;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;

/**
 * The headless commands. Exit codes: 0 done, 1 the check found something incomplete or the audit chain broken, 2 the
 * command line is wrong, 3 the store (or a backup) could not be used. Errors go to the error stream and name what is
 * wrong, never a person's data.
 */
public final class Cli {

	public static final int OK = 0;
	public static final int INCOMPLETE = 1;
	/** {@code audit verify} found the chain broken. */
	public static final int AUDIT_BROKEN = 1;
	public static final int USAGE = 2;
	public static final int STORE_FAILED = 3;

	/* Commands that work on the data folder's store as the workbench opens it (reference and demo data first). */
	private static final List<String> STARTING_COMMANDS = List.of("demo-data", "contacts list", "contacts check");
	/* Commands that only read or copy an existing store: they never create one. */
	private static final List<String> EXISTING_STORE_COMMANDS = List.of("audit verify", "audit list", "backup");
	/* Commands followed by one folder. */
	private static final List<String> FOLDER_COMMANDS = List.of("backup", "restore");

	private Cli() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, Clock.system());
	}

	public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(Messages.format("usage"));
			return USAGE;
		}
		List<String> command = arguments.command();
		if (command.isEmpty() || command.get(0).equals("help")) {
			out.println(Messages.format("usage"));
			return OK;
		}
		boolean takesFolder = FOLDER_COMMANDS.contains(command.get(0));
		String name = takesFolder ? command.get(0) : String.join(" ", command);
		if (!STARTING_COMMANDS.contains(name) && !EXISTING_STORE_COMMANDS.contains(name) && !takesFolder) {
			err.println(Messages.format("error.unknownCommand", name));
			err.println(Messages.format("usage"));
			return USAGE;
		}
		if (takesFolder && command.size() != 2) {
			err.println(Messages.format("error.oneFolder", name));
			err.println(Messages.format("usage"));
			return USAGE;
		}
		try {
			if (STARTING_COMMANDS.contains(name)) {
				return runStarting(name, arguments, clock, out, err);
			}
			return switch (name) {
			case "audit verify" -> withExistingStore(arguments, clock, store -> AuditCommands.verify(store, out));
			case "audit list" -> withExistingStore(arguments, clock,
					store -> AuditCommands.list(store, arguments.since(), arguments.format(), out));
			case "backup" -> withExistingStore(arguments, clock,
					store -> BackupCommands.backup(store, Path.of(command.get(1)), out));
			default -> BackupCommands.restore(factory(), Path.of(command.get(1)), dataFolder(arguments),
					user(arguments), clock, out);
			};
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return USAGE;
		} catch (StoreException e) {
			err.println(e.getMessage());
			if (name.equals("backup") && e.reason() == StoreException.Reason.LOCKED) {
				err.println(Messages.get("backup.locked"));
			}
			return STORE_FAILED;
		}
	}

	private static int runStarting(String name, Arguments arguments, Clock clock, PrintStream out, PrintStream err) {
		DemoLoading demo = name.equals("demo-data") ? DemoLoading.INTO_STORE_WITHOUT_CONTACTS
				: StoreStartup.demoLoadingAtStart();
		try (StoreSession session = open(arguments, clock, demo)) {
			return switch (name) {
			case "demo-data" -> demoData(session, out, err);
			case "contacts list" -> ContactsCommands.list(session.store(), clock, arguments.format(), out);
			default -> ContactsCommands.check(session.store(), clock, out);
			};
		}
	}

	/* The demo data set was loaded while the store opened, as the system, unless it held contacts already. */
	private static int demoData(StoreSession session, PrintStream out, PrintStream err) {
		if (session.demoLoaded() > 0) {
			out.println(Messages.format("demo.loaded", session.demoLoaded(), session.store().dataFolder()));
			return OK;
		}
		err.println(Messages.format("demo.notEmpty", session.store().dataFolder()));
		return USAGE;
	}

	/**
	 * Opens the store as the user of the command line, by default the Technical Secretariat's ({@code XST}, role
	 * SECRETARIAT), who sees everything released to all members.
	 */
	private static StoreSession open(Arguments arguments, Clock clock, DemoLoading demo) {
		StoreStartup.Opened opened = StoreStartup.openWithRegisteredServices(dataFolder(arguments), user(arguments),
				clock, demo);
		return new StoreSession(opened.store(), opened.demoRecordsLoaded());
	}

	/* Without reference or demo data, and refused (NOT_FOUND) when the folder holds no store. */
	private static int withExistingStore(Arguments arguments, Clock clock, Function<RecordStore, Integer> command) {
		try (RecordStore store = factory().openExisting(dataFolder(arguments), user(arguments), clock)) {
			return command.apply(store);
		}
	}

	private static RecordStoreFactory factory() {
		return Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new StoreException(StoreException.Reason.FAILED, "RecordStoreFactory"));
	}

	private static Path dataFolder(Arguments arguments) {
		return DataFolders.resolve(arguments.data());
	}

	private static CurrentUser user(Arguments arguments) {
		return new CurrentUser(arguments.user().orElse(System.getProperty("user.name", "enlace")),
				arguments.country().orElse(Optional.ofNullable(System.getenv("ENLACE_COUNTRY")).orElse(
						Owners.SECRETARIAT)),
				arguments.role().map(Role::parse).orElse(Role.SECRETARIAT));
	}

	private record StoreSession(RecordStore store, int demoLoaded) implements AutoCloseable {
		@Override
		public void close() {
			store.close();
		}
	}
}
