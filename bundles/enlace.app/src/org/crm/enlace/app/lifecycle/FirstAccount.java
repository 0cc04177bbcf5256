package org.crm.enlace.app.lifecycle;

import java.util.Arrays;

import org.crm.enlace.app.internal.Messages;
import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.user.Role;

/**
 * Checks what was typed for a data folder's first account before any key is derived, so that the user reads the
 * problem in words instead of a failed creation.
 */
public final class FirstAccount {

	private FirstAccount() {
	}

	/**
	 * The account to create, once user name, password and its repetition are acceptable.
	 *
	 * @throws IllegalArgumentException whose message, for the user, names the first problem: a malformed user name,
	 *                                  a password shorter than {@link Keyring#MIN_PASSWORD_LENGTH}, or two passwords
	 *                                  that differ
	 */
	public static Account check(String userName, String organization, Role role, char[] password, char[] repeated) {
		Account account = new Account(userName, organization, role);
		if (password.length < Keyring.MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					Messages.format("login.error.passwordShort", Keyring.MIN_PASSWORD_LENGTH));
		}
		if (!Arrays.equals(password, repeated)) {
			throw new IllegalArgumentException(Messages.get("login.error.passwordsDiffer"));
		}
		return account;
	}
}
