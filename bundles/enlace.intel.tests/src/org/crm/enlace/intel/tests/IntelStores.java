package org.crm.enlace.intel.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.intel.internal.IntelDemoData;
import org.crm.enlace.intel.internal.VocabularySeeding;

/** Real Derby stores in temporary folders, opened as the workbench does, for (fictitious) users of several members. */
final class IntelStores {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT, Role.SECRETARIAT);
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	static final CurrentUser MEXICO = new CurrentUser("mex.ficticia", "MEX", Role.LIAISON_OFFICER);
	static final CurrentUser USA = new CurrentUser("usa.ficticio", "USA", Role.ANALYST);
	static final CurrentUser PANAMA = new CurrentUser("pan.ficticio", "PAN", Role.ANALYST);
	static final CurrentUser COSTA_RICA = new CurrentUser("cri.ficticia", "CRI", Role.ANALYST);

	private IntelStores() {
	}

	/** The store with the seeded vocabularies only. */
	static RecordStore open(Path data, CurrentUser user) {
		return open(data, user, DemoLoading.NEVER);
	}

	/** The store with the seeded vocabularies and, in a new folder, this area's fictitious demo reports. */
	static RecordStore openWithDemo(Path data, CurrentUser user) {
		return open(data, user, DemoLoading.INTO_NEW_STORE);
	}

	private static RecordStore open(Path data, CurrentUser user, DemoLoading demo) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, demo, List.of(new VocabularySeeding()), List.of(),
				List.of(new IntelDemoData())).store();
	}
}
