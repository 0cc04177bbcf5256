package org.crm.enlace.cli.internal;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;

/**
 * Who runs a command that needs a login: {@value #USER} and {@value #PASSWORD} from the environment, else asked on
 * the terminal (the password without echo). New passwords ({@code accounts add}, {@code init}, {@code passwd}) come
 * from {@value #NEW_PASSWORD}, else are asked twice. Passwords are never options: options show in process lists.
 */
public final class Login {

	public static final String USER = "ENLACE_USER";
	public static final String PASSWORD = "ENLACE_PASSWORD";
	public static final String NEW_PASSWORD = "ENLACE_NEW_PASSWORD";

	private final Map<String, String> environment;
	private final Console console;

	/** @param console the terminal, or {@code null} when there is none (a script, a test) */
	public Login(Map<String, String> environment, Console console) {
		this.environment = environment;
		this.console = console;
	}

	/**
	 * @throws IllegalArgumentException with a message saying how to log in, when neither the environment nor a
	 *                                  terminal gives the credentials
	 */
	public Credentials credentials() {
		Optional<String> user = value(USER);
		Optional<String> password = value(PASSWORD);
		if (user.isPresent() && password.isPresent()) {
			return new Credentials(user.get(), password.get().toCharArray());
		}
		if (console == null) {
			throw new IllegalArgumentException(Messages.format("login.needed", USER, PASSWORD));
		}
		String name = user.orElseGet(() -> console.readLine(Messages.format("login.user")));
		char[] typed = password.map(String::toCharArray)
				.orElseGet(() -> console.readPassword(Messages.format("login.password")));
		if (name == null || typed == null) {
			throw new IllegalArgumentException(Messages.format("login.needed", USER, PASSWORD));
		}
		try {
			return new Credentials(name, typed);
		} finally {
			Arrays.fill(typed, '\0');
		}
	}

	/** True when the environment names a user: {@code demo-data} then logs in instead of using the demo account. */
	public boolean given() {
		return value(USER).isPresent();
	}

	/** A new password, checked for length and, when typed, typed twice. */
	public char[] newPassword() {
		Optional<String> given = value(NEW_PASSWORD);
		char[] password;
		if (given.isPresent()) {
			password = given.get().toCharArray();
		} else if (console == null) {
			throw new IllegalArgumentException(Messages.format("login.newNeeded", NEW_PASSWORD));
		} else {
			password = console.readPassword(Messages.format("login.newPassword"));
			char[] again = console.readPassword(Messages.format("login.repeatPassword"));
			if (password == null || !Arrays.equals(password, again)) {
				throw new IllegalArgumentException(Messages.format("login.mismatch"));
			}
			Arrays.fill(again, '\0');
		}
		if (password.length < Keyring.MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(Messages.format("login.short", Keyring.MIN_PASSWORD_LENGTH));
		}
		return password;
	}

	/** A secret typed on the terminal without echo; empty without a terminal. */
	public Optional<char[]> secret(String prompt) {
		return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword(prompt));
	}

	/** A line typed on the terminal; empty without a terminal. */
	public Optional<String> line(String prompt) {
		return console == null ? Optional.empty() : Optional.ofNullable(console.readLine(prompt));
	}

	private Optional<String> value(String name) {
		return Optional.ofNullable(environment.get(name)).filter(s -> !s.isEmpty());
	}
}
