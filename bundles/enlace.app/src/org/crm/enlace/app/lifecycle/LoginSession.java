package org.crm.enlace.app.lifecycle;

import java.nio.file.Path;

import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.store.StartupSteps;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.store.StoreStartup.LoggedIn;
import org.crm.enlace.core.time.Clock;

/**
 * The logins of one start of the workbench. Besides the keyring's own lock per account, a session ends after
 * {@link Keyring#MAX_FAILED_ATTEMPTS} failures whatever names were tried, so guessing costs a restart each time.
 */
public final class LoginSession {

	private final Clock clock;
	private final DemoLoading demoLoading;
	private int failures;

	public LoginSession(Clock clock, DemoLoading demoLoading) {
		this.clock = clock;
		this.demoLoading = demoLoading;
	}

	/**
	 * Logs in and opens the folder's store (a new folder gets the demo accounts and data unless demo loading is
	 * {@code NEVER}).
	 *
	 * @throws StoreException as {@link StoreStartup#login}; wrong credentials and locked accounts count as failures
	 */
	public LoggedIn logIn(Path dataFolder, Credentials credentials, StartupSteps steps) {
		try {
			return StoreStartup.login(dataFolder, credentials, clock, demoLoading, steps);
		} catch (StoreException e) {
			if (e.reason() == Reason.LOGIN_FAILED || e.reason() == Reason.LOGIN_LOCKED) {
				failures++;
			}
			throw e;
		}
	}

	/** Creates the first account of a folder without accounts, then logs in with it. */
	public LoggedIn createFirstAccount(Path dataFolder, Account account, char[] password, StartupSteps steps) {
		StoreStartup.createFirstAccount(dataFolder, account, password, clock);
		try (Credentials credentials = new Credentials(account.userName(), password)) {
			return logIn(dataFolder, credentials, steps);
		}
	}

	/** Whether a folder without accounts gets the demo accounts (else its first account must be created). */
	public boolean loadsDemoData() {
		return demoLoading != DemoLoading.NEVER;
	}

	/** No more attempts in this session. */
	public boolean exhausted() {
		return failures >= Keyring.MAX_FAILED_ATTEMPTS;
	}

	public Clock clock() {
		return clock;
	}
}
