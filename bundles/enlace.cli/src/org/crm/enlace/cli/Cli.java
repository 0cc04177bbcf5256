package org.crm.enlace.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.crm.enlace.cli.internal.AccountCommands;
import org.crm.enlace.cli.internal.Arguments;
import org.crm.enlace.cli.internal.AuditCommands;
import org.crm.enlace.cli.internal.BackupCommands;
import org.crm.enlace.cli.internal.ComplianceCommands;
import org.crm.enlace.cli.internal.ContactsCommands;
import org.crm.enlace.cli.internal.EntryCommands;
import org.crm.enlace.cli.internal.IndicatorsCommands;
import org.crm.enlace.cli.internal.JtfCommands;
import org.crm.enlace.cli.internal.KeysCommands;
import org.crm.enlace.cli.internal.LinkageCommands;
import org.crm.enlace.cli.internal.Login;
import org.crm.enlace.cli.internal.Messages;
import org.crm.enlace.cli.internal.MrzCommands;
import org.crm.enlace.cli.internal.PackageCommands;
import org.crm.enlace.cli.internal.SearchCommands;
import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoAccounts;
import org.crm.enlace.core.store.Backup;
import org.crm.enlace.core.store.DataFolders;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;

/**
 * The headless commands. Exit codes: 0 done, 1 the check found something incomplete, the audit chain broken or an MRZ
 * check digit wrong, 2 the command line (or a search query, a country code, an MRZ's shape) is wrong, 3 the store
 * (or a backup) could not be used, 4 the login failed. Commands that touch data log in first ({@link Login});
 * {@code demo-data} on a new data folder, {@code mrz} ({@link MrzCommands}) and {@code match}, {@code generate} and
 * {@code match-quality} ({@link LinkageCommands}) need no login. Errors go to the error stream and name what is wrong, never a person's data.
 */
public final class Cli {

	public static final int OK = 0;
	public static final int INCOMPLETE = 1;
	/** {@code audit verify} found the chain broken. */
	public static final int AUDIT_BROKEN = 1;
	public static final int USAGE = 2;
	public static final int STORE_FAILED = 3;
	public static final int LOGIN_FAILED = 4;

	/* Commands that work on the data folder's store as the workbench opens it (reference and demo data first). */
	private static final List<String> STARTING_COMMANDS = List.of("demo-data", "contacts list", "contacts check",
			"search", "search rebuild", "entry", "compliance", "indicators");
	/* Commands that only read or copy an existing store: they never create one. */
	private static final List<String> EXISTING_STORE_COMMANDS = List.of("audit verify", "audit list", "backup");
	/* Commands followed by one operand: a folder or a user name. */
	private static final List<String> OPERAND_COMMANDS = List.of("backup", "restore", "accounts add",
			"accounts remove", "accounts init");
	private static final List<String> ACCOUNT_COMMANDS = List.of("accounts list", "accounts add", "accounts remove",
			"accounts passwd", "accounts init");
	/* Only these take --country and --role: everywhere else the account decides. */
	private static final List<String> NEW_ACCOUNT_COMMANDS = List.of("accounts add", "accounts init");
	private static final List<Reason> LOGIN_REASONS = List.of(Reason.LOGIN_FAILED, Reason.LOGIN_LOCKED);

	private Cli() {
	}

	/** Runs a command with the process's environment and terminal. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, Clock.system(), new Login(System.getenv(), System.console()));
	}

	/** Runs a command with the environment given and no terminal: for tests and scripts. */
	public static int run(String[] args, PrintStream out, PrintStream err, Clock clock,
			Map<String, String> environment) {
		return run(args, out, err, clock, new Login(environment, (Console) null));
	}

	private static int run(String[] args, PrintStream out, PrintStream err, Clock clock, Login login) {
		// The MRZ checker takes its own operands and needs no data folder and no login.
		if (args.length > 0 && args[0].equals("mrz")) {
			return MrzCommands.run(List.of(args).subList(1, args.length), out, err);
		}
		// So does linkage of persons: it reads and writes files only.
		if (args.length > 0 && LinkageCommands.COMMANDS.contains(args[0])) {
			return LinkageCommands.run(List.of(args), out, err);
		}
		// Node keys, trust and packages take options of their own (--password-file, --to, --out...).
		if (KeysCommands.handles(args)) {
			return KeysCommands.run(args, login, clock, out, err);
		}
		if (PackageCommands.handles(args)) {
			return PackageCommands.run(args, login, clock, out, err);
		}
		if (JtfCommands.handles(args)) {
			return JtfCommands.run(args, login, clock, out, err);
		}
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		} catch (IllegalArgumentException e) {
			return usage(err, e.getMessage());
		}
		List<String> command = arguments.command();
		if (command.isEmpty() || command.get(0).equals("help")) {
			out.println(Messages.format("usage"));
			return OK;
		}
		String name = commandName(command);
		if (!STARTING_COMMANDS.contains(name) && !EXISTING_STORE_COMMANDS.contains(name)
				&& !ACCOUNT_COMMANDS.contains(name) && !name.equals("restore")) {
			return usage(err, Messages.format("error.unknownCommand", String.join(" ", command)));
		}
		int words = name.split(" ").length + (OPERAND_COMMANDS.contains(name) ? 1 : 0);
		boolean wrongOperands = switch (name) {
		case "search" -> command.size() < 2;
		case "entry" -> command.size() < 3;
		default -> command.size() != words;
		};
		if (wrongOperands) {
			return usage(err, Messages.format("error.operand", name));
		}
		if (!NEW_ACCOUNT_COMMANDS.contains(name)
				&& (arguments.country().isPresent() || arguments.role().isPresent())) {
			return usage(err, Messages.format("error.accountOptions"));
		}
		String operand = OPERAND_COMMANDS.contains(name) ? command.get(command.size() - 1) : null;
		try {
			// Codes are checked before the login: a typing error costs no password.
			List<String> codes = name.equals("entry") ? EntryCommands.codes(command.subList(1, command.size()))
					: List.of();
			if (STARTING_COMMANDS.contains(name)) {
				return runStarting(name, arguments, codes, login, clock, out, err);
			}
			Path data = dataFolder(arguments);
			return switch (name) {
			case "audit verify" -> withExistingStore(data, login, clock, store -> AuditCommands.verify(store, out));
			case "audit list" -> withExistingStore(data, login, clock,
					store -> AuditCommands.list(store, arguments.since(), arguments.format(), out));
			case "backup" -> withExistingStore(data, login, clock,
					store -> BackupCommands.backup(store, Path.of(operand), out));
			case "restore" -> restore(Path.of(operand), data, login, clock, out);
			case "accounts list" -> AccountCommands.list(data, login, clock, out);
			case "accounts passwd" -> AccountCommands.changePassword(data, login, clock, out);
			case "accounts remove" -> AccountCommands.remove(data, login, operand, clock, out);
			case "accounts add" -> AccountCommands.add(data, login, newAccount(operand, arguments), clock, out);
			default -> AccountCommands.init(data, login, newAccount(operand, arguments), clock, out);
			};
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return USAGE;
		} catch (StoreException e) {
			err.println(e.getMessage());
			if (name.equals("backup") && e.reason() == Reason.LOCKED) {
				err.println(Messages.get("backup.locked"));
			}
			if (e.reason() == Reason.NO_ACCOUNTS) {
				err.println(Messages.format("login.createFirst"));
			}
			if (e.reason() == Reason.SEARCH_SYNTAX) {
				return USAGE;
			}
			return LOGIN_REASONS.contains(e.reason()) ? LOGIN_FAILED : STORE_FAILED;
		}
	}

	/* "backup", "restore" or two words ("contacts list", "accounts add"...). */
	private static String commandName(List<String> command) {
		if (command.size() >= 2 && List.of("contacts", "audit", "accounts").contains(command.get(0))) {
			return command.get(0) + " " + command.get(1);
		}
		if (command.equals(List.of("search", "rebuild"))) {
			return "search rebuild";
		}
		return command.get(0);
	}

	private static int usage(PrintStream err, String problem) {
		err.println(problem);
		err.println(Messages.format("usage"));
		return USAGE;
	}

	private static Account newAccount(String name, Arguments arguments) {
		return AccountCommands.account(name, arguments.country().orElse(null), arguments.role().orElse(null));
	}

	private static int runStarting(String name, Arguments arguments, List<String> codes, Login login, Clock clock,
			PrintStream out, PrintStream err) {
		Path data = dataFolder(arguments);
		boolean demo = name.equals("demo-data");
		boolean newAccounts = !Keyring.existsIn(data);
		DemoLoading loading = demo ? DemoLoading.INTO_STORE_WITHOUT_CONTACTS : StoreStartup.demoLoadingAtStart();
		StoreStartup.LoggedIn session;
		try (Credentials credentials = demo && newAccounts && !login.given() ? demoCredentials()
				: login.credentials()) {
			session = StoreStartup.login(data, credentials, clock, loading);
		}
		try (RecordStore store = session.store()) {
			return switch (name) {
			case "demo-data" -> demoData(session, newAccounts, out, err);
			case "contacts list" -> ContactsCommands.list(store, clock, arguments.format(), out);
			case "search" -> SearchCommands.search(store,
					String.join(" ", arguments.command().subList(1, arguments.command().size())), out);
			case "search rebuild" -> SearchCommands.rebuild(store, out, err);
			case "entry" -> EntryCommands.entry(store, clock, codes, out);
			case "compliance" -> ComplianceCommands.board(store, clock, arguments.format(), out, err);
			case "indicators" -> IndicatorsCommands.indicators(store, clock, arguments, out, err);
			default -> ContactsCommands.check(store, session.account().country(), clock, out);
			};
		}
	}

	/* A new data folder gets the demo accounts with the demo data: the Secretariat's loads it. */
	private static Credentials demoCredentials() {
		return new Credentials(DemoAccounts.SECRETARIAT, DemoAccounts.PASSWORD.toCharArray());
	}

	/* The demo data set was loaded while the store opened, as the system, unless it held contacts already. */
	private static int demoData(StoreStartup.LoggedIn session, boolean newAccounts, PrintStream out,
			PrintStream err) {
		if (session.demoRecordsLoaded() == 0) {
			err.println(Messages.format("demo.notEmpty", session.store().dataFolder()));
			return USAGE;
		}
		out.println(Messages.format("demo.loaded", session.demoRecordsLoaded(), session.store().dataFolder()));
		if (newAccounts) {
			out.println(Messages.format("demo.accounts", DemoAccounts.PASSWORD));
			DemoAccounts.accounts().forEach(account -> out.printf("  %-16s %s  %s%n", account.userName(),
					account.country(), Messages.get("role." + account.role().name())));
		}
		return OK;
	}

	/* Without reference or demo data, and refused (NOT_FOUND) when the folder holds no store. */
	private static int withExistingStore(Path data, Login login, Clock clock, Function<RecordStore, Integer> command) {
		Unlocked unlocked;
		try (Credentials credentials = login.credentials()) {
			unlocked = Keyring.read(data, clock).unlock(credentials);
		}
		try (RecordStore store = factory().openExisting(data, unlocked.account().asCurrentUser(), unlocked.keys(),
				clock)) {
			return command.apply(store);
		}
	}

	/* The backup's own accounts hold the keys of its copy: the login is checked against them. */
	private static int restore(Path backupFolder, Path data, Login login, Clock clock, PrintStream out) {
		Backup backup;
		try (Credentials credentials = login.credentials()) {
			backup = StoreStartup.restore(backupFolder, data, credentials, clock);
		}
		return BackupCommands.restored(backup, data, out);
	}

	private static RecordStoreFactory factory() {
		return Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new StoreException(Reason.FAILED, "RecordStoreFactory"));
	}

	private static Path dataFolder(Arguments arguments) {
		return DataFolders.resolve(arguments.data());
	}
}
