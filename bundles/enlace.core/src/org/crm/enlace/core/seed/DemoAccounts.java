package org.crm.enlace.core.seed;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.Role;

/**
 * The fictitious users of the demo data set, all with the password {@value #PASSWORD} (listed in the README). A data
 * folder that starts with the demo data gets them as its accounts; a real deployment starts with
 * {@code -Denlace.demo=false} and creates its own first account instead.
 */
public final class DemoAccounts {

	public static final String PASSWORD = "enlace-demo";

	/** The account the demo data set is loaded with when no one logged in ({@code enlace demo-data}). */
	public static final String SECRETARIAT = "secretariat";

	private static final List<Account> ACCOUNTS = List.of(
			new Account(SECRETARIAT, Owners.SECRETARIAT, Role.SECRETARIAT),
			new Account("gtm.liaison", "GTM", Role.LIAISON_OFFICER),
			new Account("gtm.analyst", "GTM", Role.ANALYST),
			new Account("mex.analyst", "MEX", Role.ANALYST),
			new Account("slv.liaison", "SLV", Role.LIAISON_OFFICER),
			new Account("hnd.ppt", "HND", Role.PRO_TEMPORE_PRESIDENCY),
			new Account("gtm.training", "GTM", Role.TRAINING_COORDINATOR),
			new Account("gtm.campaigns", "GTM", Role.CAMPAIGN_COORDINATOR));

	private DemoAccounts() {
	}

	public static List<Account> accounts() {
		return ACCOUNTS;
	}

	/** True when the keyring holds every demo account: a folder made for the demo, not a deployment. */
	public static boolean isDemoKeyring(Keyring keyring) {
		return keyring.accounts().containsAll(ACCOUNTS);
	}

	/**
	 * Creates the keyring of a new data folder with the demo accounts and new node keys.
	 *
	 * @throws org.crm.enlace.core.store.StoreException {@code ACCOUNTS_EXIST} when the folder has accounts
	 */
	public static Keyring createKeyring(Path dataFolder, Clock clock) {
		Map<Account, char[]> accounts = new LinkedHashMap<>();
		ACCOUNTS.forEach(account -> accounts.put(account, PASSWORD.toCharArray()));
		return Keyring.create(dataFolder, NodeKeys.generate(), accounts, Keyring.defaultIterations(), clock);
	}
}
