package org.crm.enlace.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.country.CountryNames;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.Role;

/** {@code accounts list|add|remove|passwd|init}: the local accounts of a data folder. */
public final class AccountCommands {

	private AccountCommands() {
	}

	public static int list(Path dataFolder, Login login, Clock clock, PrintStream out) {
		Keyring keyring = Keyring.read(dataFolder, clock);
		loggedIn(keyring, login);
		for (Account account : keyring.accounts()) {
			out.printf("%-24s %-4s %-36s %s%n", account.userName(), account.country(), organizationName(account),
					Messages.get("role." + account.role().name()));
		}
		return Cli.OK;
	}

	public static int add(Path dataFolder, Login login, Account account, Clock clock, PrintStream out) {
		Keyring keyring = Keyring.read(dataFolder, clock);
		Unlocked by = loggedIn(keyring, login);
		char[] password = login.newPassword();
		try {
			keyring.add(by, account, password);
		} finally {
			Arrays.fill(password, '\0');
		}
		out.println(Messages.format("accounts.added", account.userName(), organizationName(account),
				Messages.get("role." + account.role().name())));
		return Cli.OK;
	}

	public static int remove(Path dataFolder, Login login, String userName, Clock clock, PrintStream out) {
		Keyring keyring = Keyring.read(dataFolder, clock);
		keyring.remove(loggedIn(keyring, login), userName);
		out.println(Messages.format("accounts.removed", Account.normalizedUserName(userName)));
		return Cli.OK;
	}

	public static int changePassword(Path dataFolder, Login login, Clock clock, PrintStream out) {
		Keyring keyring = Keyring.read(dataFolder, clock);
		try (Credentials credentials = login.credentials()) {
			char[] password = login.newPassword();
			try {
				keyring.changePassword(credentials, password);
			} finally {
				Arrays.fill(password, '\0');
			}
			out.println(Messages.format("accounts.passwordChanged", credentials.userName()));
		}
		return Cli.OK;
	}

	/** The first account of a data folder without accounts: no login, there is no one to log in yet. */
	public static int init(Path dataFolder, Login login, Account account, Clock clock, PrintStream out) {
		char[] password = login.newPassword();
		try {
			StoreStartup.createFirstAccount(dataFolder, account, password, clock);
		} finally {
			Arrays.fill(password, '\0');
		}
		out.println(Messages.format("accounts.initialized", dataFolder, account.userName(),
				organizationName(account), Messages.get("role." + account.role().name())));
		return Cli.OK;
	}

	private static Unlocked loggedIn(Keyring keyring, Login login) {
		try (Credentials credentials = login.credentials()) {
			return keyring.unlock(credentials);
		}
	}

	/** The account of {@code name} with the organization and role given as options. */
	public static Account account(String name, String country, String role) {
		if (country == null || role == null) {
			throw new IllegalArgumentException(Messages.format("accounts.needCountryAndRole"));
		}
		Role parsed;
		try {
			parsed = Role.parse(role);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(Messages.format("accounts.badRole", role));
		}
		String code = country.trim().toUpperCase(java.util.Locale.ROOT);
		if (CountryCatalog.find(code).isEmpty() && !Owners.isOwnerCode(code)) {
			throw new IllegalArgumentException(Messages.format("accounts.badCountry", country));
		}
		return new Account(name, code, parsed);
	}

	private static String organizationName(Account account) {
		return CountryCatalog.find(account.country()).map(CountryCatalog::newCountry).map(CountryNames::of)
				.orElseGet(() -> Owners.name(account.country()));
	}
}
