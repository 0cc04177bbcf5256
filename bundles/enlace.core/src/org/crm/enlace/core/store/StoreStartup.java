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
 * conference's countries) is there, and on a brand-new store load the demo data set when asked to.
 */
public final class StoreStartup {

	/** The open store and how many demo records were loaded into it now (0 when none). */
	public record Opened(RecordStore store, int demoRecordsLoaded) {
	}

	/** Set to {@code false} in a real deployment: a new data folder then starts without demo data. */
	public static final String DEMO_PROPERTY = "enlace.demo";

	private StoreStartup() {
	}

	/**
	 * Opens the store of a data folder with the registered services: the {@link RecordStoreFactory} (waiting a few
	 * seconds for Declarative Services to provide it), the reference-data and demo-data contributors; demo data
	 * unless {@code -Denlace.demo=false}.
	 */
	public static Opened openWithRegisteredServices(Path dataFolder, CurrentUser user, Clock clock) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new StoreException(StoreException.Reason.FAILED, "RecordStoreFactory"));
		return open(factory, dataFolder, user, clock, !"false".equals(System.getProperty(DEMO_PROPERTY)),
				Services.all(ReferenceDataContributor.class), Services.all(DemoDataContributor.class));
	}

	/**
	 * @param reference contributors of reference data, stored when missing at every start
	 * @param demo      contributors of the demo data set, loaded only into a new store and when asked
	 */
	public static Opened open(RecordStoreFactory factory, Path dataFolder, CurrentUser user, Clock clock,
			boolean loadDemoWhenNew, List<ReferenceDataContributor> reference, List<DemoDataContributor> demo) {
		RecordStore store = factory.open(dataFolder, user, clock);
		try {
			boolean isNew = store.count(EnlacePackage.Literals.COUNTRY) == 0
					&& store.count(EnlacePackage.Literals.CONTACT_POINT) == 0;
			List<Record> referenceRecords = new ArrayList<>(CountryCatalog.newCountries());
			reference.forEach(c -> referenceRecords.addAll(c.referenceRecords()));
			ReferenceData.storeMissing(store, referenceRecords);
			int loaded = isNew && loadDemoWhenNew ? DemoData.load(store, demo, clock) : 0;
			return new Opened(store, loaded);
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
	}
}
