package org.crm.enlace.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoData;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Record;

/**
 * What the workbench and the command line do when they start: open the store, make sure the reference data (the
 * conference's countries, member states' agencies) is there, and on a brand-new store load the demo data set when
 * asked to. Reference and demo data belong to many owners, so they are written as the system
 * ({@link RecordStoreFactory#openAfterSeeding}); the store is then handed over as the user's.
 */
public final class StoreStartup {

	/** The open store and how many demo records were loaded into it now (0 when none). */
	public record Opened(RecordStore store, int demoRecordsLoaded) {
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
	 * Opens the store of a data folder with the registered services: the {@link RecordStoreFactory} (waiting a few
	 * seconds for Declarative Services to provide it), the reference-data and demo-data contributors; demo data
	 * into a new store unless {@code -Denlace.demo=false}.
	 */
	public static Opened openWithRegisteredServices(Path dataFolder, CurrentUser user, Clock clock) {
		return openWithRegisteredServices(dataFolder, user, clock, demoLoadingAtStart());
	}

	/** Demo data into a new store, unless {@code -Denlace.demo=false}. */
	public static DemoLoading demoLoadingAtStart() {
		return "false".equals(System.getProperty(DEMO_PROPERTY)) ? DemoLoading.NEVER : DemoLoading.INTO_NEW_STORE;
	}

	/** The same, with the demo data loaded as {@code demo} says. */
	public static Opened openWithRegisteredServices(Path dataFolder, CurrentUser user, Clock clock,
			DemoLoading demo) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new StoreException(StoreException.Reason.FAILED, "RecordStoreFactory"));
		return open(factory, dataFolder, user, clock, demo, Services.all(ReferenceDataContributor.class),
				Services.all(DemoDataContributor.class));
	}

	/**
	 * @param reference contributors of reference data, stored when missing at every start
	 * @param demo      contributors of the demo data set, loaded only into a new store and when asked
	 */
	public static Opened open(RecordStoreFactory factory, Path dataFolder, CurrentUser user, Clock clock,
			boolean loadDemoWhenNew, List<ReferenceDataContributor> reference, List<DemoDataContributor> demo) {
		return open(factory, dataFolder, user, clock, loadDemoWhenNew ? DemoLoading.INTO_NEW_STORE : DemoLoading.NEVER,
				reference, demo);
	}

	public static Opened open(RecordStoreFactory factory, Path dataFolder, CurrentUser user, Clock clock,
			DemoLoading demoLoading, List<ReferenceDataContributor> reference, List<DemoDataContributor> demo) {
		int[] demoLoaded = { 0 };
		RecordStore store = factory.openAfterSeeding(dataFolder, user, clock, system -> {
			boolean withoutContacts = system.count(EnlacePackage.Literals.CONTACT_POINT) == 0;
			boolean isNew = withoutContacts && system.count(EnlacePackage.Literals.COUNTRY) == 0;
			List<Record> referenceRecords = new ArrayList<>(CountryCatalog.newCountries());
			reference.forEach(c -> referenceRecords.addAll(c.referenceRecords()));
			ReferenceData.storeMissing(system, referenceRecords);
			boolean loadDemo = switch (demoLoading) {
			case NEVER -> false;
			case INTO_NEW_STORE -> isNew;
			case INTO_STORE_WITHOUT_CONTACTS -> withoutContacts;
			};
			if (loadDemo) {
				demoLoaded[0] = DemoData.load(system, demo, clock);
			}
		});
		return new Opened(store, demoLoaded[0]);
	}
}
