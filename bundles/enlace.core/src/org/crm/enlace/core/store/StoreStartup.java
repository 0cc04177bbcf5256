package org.crm.enlace.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.account.Account;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.account.Keyring;
import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.account.Unlocked;
import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoAccounts;
import org.crm.enlace.core.seed.DemoData;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.seed.StartupImport;
import org.crm.enlace.core.store.StartupSteps.Step;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;

/**
 * What the workbench and the command line do when they start: log the user in with the data folder's
 * {@link Keyring} (which yields the account and the keys the database is encrypted with), open the store, make sure
 * the reference data (the conference's countries, member states' agencies) and the large imported data sets
 * ({@link StartupImport}: the entry-authorization matrix) are there, and on a brand-new store load the demo data set
 * when asked to. A new data folder that will get the demo data gets the demo accounts
 * ({@link DemoAccounts}). Reference and demo data belong to many owners, so they are written as the system
 * ({@link RecordStoreFactory#openAfterSeeding}); the store is then handed over as the user's.
 */
public final class StoreStartup {

	/** The open store and how many demo records were loaded into it now (0 when none). */
	public record Opened(RecordStore store, int demoRecordsLoaded) {
	}

	/** The open store with the account that logged in. */
	public record LoggedIn(Account account, RecordStore store, int demoRecordsLoaded) {
	}

	/** When the demo data set is loaded. */
	public enum DemoLoading {
		NEVER,
		/** Into a store that held neither countries nor contact points: the first start on a data folder. */
		INTO_NEW_STORE,
		/** Into any store without contact points: what {@code enlace demo-data} asks for. */
		INTO_STORE_WITHOUT_CONTACTS
	}

	/** Set to {@code false} in a real deployment: a new data folder then starts without demo data. */
	public static final String DEMO_PROPERTY = "enlace.demo";

	private StoreStartup() {
	}

	/**
	 * Logs in and opens the store of a data folder with the registered services: the {@link RecordStoreFactory}
	 * (waiting a few seconds for Declarative Services to provide it), the reference-data contributors, the startup
	 * imports and the demo-data contributors.
	 *
	 * @throws StoreException {@code LOGIN_FAILED} or {@code LOGIN_LOCKED} when the login fails, {@code NO_ACCOUNTS}
	 *                        when the folder has no accounts and gets no demo data
	 */
	public static LoggedIn login(Path dataFolder, Credentials credentials, Clock clock, DemoLoading demo) {
		return login(dataFolder, credentials, clock, demo, StartupSteps.NONE);
	}

	/** As {@link #login(Path, Credentials, Clock, DemoLoading)}, telling {@code steps} what it is doing. */
	public static LoggedIn login(Path dataFolder, Credentials credentials, Clock clock, DemoLoading demo,
			StartupSteps steps) {
		return login(factory(), dataFolder, credentials, clock, demo, Services.all(ReferenceDataContributor.class),
				Services.all(StartupImport.class), Services.all(DemoDataContributor.class), steps);
	}

	/** As {@link #login(Path, Credentials, Clock, DemoLoading)} with the contributors given, and no startup import. */
	public static LoggedIn login(RecordStoreFactory factory, Path dataFolder, Credentials credentials, Clock clock,
			DemoLoading demoLoading, List<ReferenceDataContributor> reference, List<DemoDataContributor> demo) {
		return login(factory, dataFolder, credentials, clock, demoLoading, reference, List.of(), demo);
	}

	public static LoggedIn login(RecordStoreFactory factory, Path dataFolder, Credentials credentials, Clock clock,
			DemoLoading demoLoading, List<ReferenceDataContributor> reference, List<StartupImport> imports,
			List<DemoDataContributor> demo) {
		return login(factory, dataFolder, credentials, clock, demoLoading, reference, imports, demo,
				StartupSteps.NONE);
	}

	private static LoggedIn login(RecordStoreFactory factory, Path dataFolder, Credentials credentials, Clock clock,
			DemoLoading demoLoading, List<ReferenceDataContributor> reference, List<StartupImport> imports,
			List<DemoDataContributor> demo, StartupSteps steps) {
		steps.entered(Step.UNLOCKING, "");
		Keyring keyring = keyringOf(dataFolder, clock, demoLoading);
		Unlocked unlocked = keyring.unlock(credentials);
		// A folder whose first account someone created is a real deployment: no demo data at its first open.
		DemoLoading loading = demoLoading == DemoLoading.INTO_NEW_STORE && !DemoAccounts.isDemoKeyring(keyring)
				? DemoLoading.NEVER
				: demoLoading;
		Opened opened = open(factory, dataFolder, unlocked.account().asCurrentUser(), unlocked.keys(), clock,
				loading, reference, imports, demo, steps);
		return new LoggedIn(unlocked.account(), opened.store(), opened.demoRecordsLoaded());
	}

	/**
	 * Checks the credentials against the data folder's keyring; a folder without one that will get the demo data
	 * gets the demo accounts first.
	 */
	public static Unlocked unlock(Path dataFolder, Credentials credentials, Clock clock, DemoLoading demoLoading) {
		return keyringOf(dataFolder, clock, demoLoading).unlock(credentials);
	}

	private static Keyring keyringOf(Path dataFolder, Clock clock, DemoLoading demoLoading) {
		if (demoLoading != DemoLoading.NEVER && !Keyring.existsIn(dataFolder)) {
			DataFolders.create(dataFolder);
			DemoAccounts.createKeyring(dataFolder, clock);
		}
		return Keyring.read(dataFolder, clock);
	}

	/**
	 * Creates the first account of a data folder that has none, with new node keys: the start of a real
	 * deployment. A database of an earlier Enlace, made before accounts, is encrypted with them at the next open.
	 *
	 * @throws StoreException {@code ACCOUNTS_EXIST} when the folder has accounts, {@code NOT_ALLOWED} when the
	 *                        account's role cannot administer accounts (it could never add a second one)
	 */
	public static void createFirstAccount(Path dataFolder, Account account, char[] password, Clock clock) {
		if (!account.role().administersAccounts()) {
			throw new StoreException(StoreException.Reason.NOT_ALLOWED, account.userName());
		}
		DataFolders.create(dataFolder);
		Keyring.create(dataFolder, NodeKeys.generate(), Map.of(account, password),
				Keyring.defaultIterations(), clock);
	}

	/**
	 * Restores a backup into a new data folder as {@link RecordStoreFactory#restore} does, after logging in with
	 * the accounts the backup holds.
	 */
	public static Backup restore(Path backup, Path dataFolder, Credentials credentials, Clock clock) {
		Unlocked unlocked = Keyring.read(backup, clock).unlock(credentials);
		return factory().restore(backup, dataFolder, unlocked.account().asCurrentUser(), unlocked.keys(), clock);
	}

	private static RecordStoreFactory factory() {
		return Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new StoreException(StoreException.Reason.FAILED, "RecordStoreFactory"));
	}

	/** Demo data into a new store, unless {@code -Denlace.demo=false}. */
	public static DemoLoading demoLoadingAtStart() {
		return "false".equals(System.getProperty(DEMO_PROPERTY)) ? DemoLoading.NEVER : DemoLoading.INTO_NEW_STORE;
	}

	/**
	 * Opens the store for a user whose keys are known already (after {@link #unlock}, or in tests).
	 *
	 * @param reference contributors of reference data, stored when missing at every start
	 * @param imports   large data sets, each checking at every start whether the store needs it
	 * @param demo      contributors of the demo data set, loaded only into a new store and when asked
	 */
	public static Opened open(RecordStoreFactory factory, Path dataFolder, CurrentUser user, NodeKeys keys,
			Clock clock, DemoLoading demoLoading, List<ReferenceDataContributor> reference,
			List<StartupImport> imports, List<DemoDataContributor> demo) {
		return open(factory, dataFolder, user, keys, clock, demoLoading, reference, imports, demo, StartupSteps.NONE);
	}

	private static Opened open(RecordStoreFactory factory, Path dataFolder, CurrentUser user, NodeKeys keys,
			Clock clock, DemoLoading demoLoading, List<ReferenceDataContributor> reference,
			List<StartupImport> imports, List<DemoDataContributor> demo, StartupSteps steps) {
		int[] demoLoaded = { 0 };
		steps.entered(Step.OPENING, "");
		RecordStore store = factory.openAfterSeeding(dataFolder, user, keys, clock, system -> {
			steps.entered(Step.REFERENCE_DATA, "");
			boolean withoutContacts = system.count(EnlacePackage.Literals.CONTACT_POINT) == 0;
			boolean isNew = withoutContacts && system.count(EnlacePackage.Literals.COUNTRY) == 0;
			List<Record> referenceRecords = new ArrayList<>(CountryCatalog.newCountries());
			reference.forEach(c -> referenceRecords.addAll(c.referenceRecords()));
			ReferenceData.storeMissing(system, referenceRecords);
			for (StartupImport startupImport : imports) {
				steps.entered(Step.IMPORTING, startupImport.title());
				startupImport.importInto(system);
			}
			boolean loadDemo = switch (demoLoading) {
			case NEVER -> false;
			case INTO_NEW_STORE -> isNew;
			case INTO_STORE_WITHOUT_CONTACTS -> withoutContacts;
			};
			if (loadDemo) {
				steps.entered(Step.DEMO_DATA, "");
				demoLoaded[0] = DemoData.load(system, demo, clock);
			}
		});
		return new Opened(store, demoLoaded[0]);
	}
}
