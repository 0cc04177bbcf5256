package org.crm.enlace.core.account;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user name and a password as typed. The password is a char array so that it can be wiped once used; it never
 * appears in {@link #toString()}.
 */
public final class Credentials implements AutoCloseable {

	private final String userName;
	private final char[] password;

	/** Keeps a copy of {@code password}: the caller may wipe its own. */
	public Credentials(String userName, char[] password) {
		this.userName = Account.normalizedUserName(userName);
		this.password = Objects.requireNonNull(password, "password").clone();
	}

	public String userName() {
		return userName;
	}

	/** The password itself, not a copy: do not keep it. */
	char[] password() {
		return password;
	}

	/** Overwrites the password in memory. */
	@Override
	public void close() {
		Arrays.fill(password, '\0');
	}

	@Override
	public String toString() {
		return "Credentials[" + userName + "]";
	}
}
