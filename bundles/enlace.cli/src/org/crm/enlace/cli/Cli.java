package org.crm.enlace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.crm.enlace.cli.internal.Arguments;
import org.crm.enlace.cli.internal.ContactsCommands;
import org.crm.enlace.cli.internal.Messages;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.DataFolders;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;

/**
 * The headless commands. Exit codes: 0 done, 1 the check found something incomplete, 2 the command line is wrong,
 * 3 the store could not be used. Errors go to the error stream and name what is wrong, never a person's data.
 */
public final class Cli {

	public static final int OK = 0;
	public static final int INCOMPLETE = 1;
	public static final int USAGE = 2;
	public static final int STORE_FAILED = 3;

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
		String name = String.join(" ", command);
		if (!List.of("demo-data", "contacts list", "contacts check").contains(name)) {
			err.println(Messages.format("error.unknownCommand", name));
			err.println(Messages.format("usage"));
			return USAGE;
		}
		DemoLoading demo = name.equals("demo-data") ? DemoLoading.INTO_STORE_WITHOUT_CONTACTS
				: StoreStartup.demoLoadingAtStart();
		try (StoreSession session = open(arguments, clock, demo)) {
			return switch (name) {
			case "demo-data" -> demoData(session, out, err);
			case "contacts list" -> ContactsCommands.list(session.store(), clock, arguments.format(), out);
			default -> ContactsCommands.check(session.store(), clock, out);
			};
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return USAGE;
		} catch (StoreException e) {
			err.println(e.getMessage());
			return STORE_FAILED;
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
		Path folder = DataFolders.resolve(arguments.data());
		CurrentUser user = new CurrentUser(arguments.user().orElse(System.getProperty("user.name", "enlace")),
				arguments.country().orElse(Optional.ofNullable(System.getenv("ENLACE_COUNTRY")).orElse(
						Owners.SECRETARIAT)),
				arguments.role().map(Role::parse).orElse(Role.SECRETARIAT));
		StoreStartup.Opened opened = StoreStartup.openWithRegisteredServices(folder, user, clock, demo);
		return new StoreSession(opened.store(), opened.demoRecordsLoaded());
	}

	private record StoreSession(RecordStore store, int demoLoaded) implements AutoCloseable {
		@Override
		public void close() {
			store.close();
		}
	}
}
