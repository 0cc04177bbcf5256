package org.crm.enlace.store.derby.internal;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.SystemSeeding;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** The record store service: embedded Apache Derby, one database per data folder. */
@Component(service = RecordStoreFactory.class)
public final class DerbyRecordStoreFactory implements RecordStoreFactory {

	private final Schema schema;
	private final Set<DerbyRecordStore> openStores = ConcurrentHashMap.newKeySet();

	/** The service, with the layout of this build. */
	public DerbyRecordStoreFactory() {
		this(Schema.current());
	}

	/** A factory for another layout, such as a newer build's in tests. */
	public DerbyRecordStoreFactory(Schema schema) {
		this.schema = schema;
	}

	@Override
	public RecordStore openAfterSeeding(Path dataFolder, CurrentUser user, Clock clock, SystemSeeding seeding) {
		DerbyRecordStore store = DerbyRecordStore.open(dataFolder, user, clock, schema, seeding, openStores::remove);
		openStores.add(store);
		return store;
	}

	/** When the bundle stops, databases left open are shut down cleanly rather than recovered at the next start. */
	@Deactivate
	void closeOpenStores() {
		for (DerbyRecordStore store : Set.copyOf(openStores)) {
			try {
				store.close();
			} catch (RuntimeException e) {
				// The next start recovers that database from its log; the others still deserve a clean shutdown.
			}
		}
	}
}
