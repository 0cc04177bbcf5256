package org.crm.enlace.specimens.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.specimens.internal.SecurityFeatureSeeding;

/** Real Derby stores in temporary folders, seeded with the security feature types, for (fictitious) users. */
final class SpecimenStores {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	static final CurrentUser MEXICO = new CurrentUser("mex.ficticia", "MEX", Role.LIAISON_OFFICER);
	static final CurrentUser USA = new CurrentUser("usa.ficticio", "USA", Role.ANALYST);

	private SpecimenStores() {
	}

	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.NEVER,
				List.of(new SecurityFeatureSeeding()), List.of(), List.of()).store();
	}
}
