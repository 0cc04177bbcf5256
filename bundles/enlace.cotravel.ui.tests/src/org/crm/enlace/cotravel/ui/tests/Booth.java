package org.crm.enlace.cotravel.ui.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.cotravel.internal.IndicatorSeeding;
import org.crm.enlace.ui.testing.PartHost;

/**
 * A border booth for the UI tests: a real Derby store seeded with the indicators, and a part hosted in a real SWT
 * shell by {@link PartHost}, the shell active so that the keyboard (Tab, focus) goes where a user's would.
 */
final class Booth {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);

	private Booth() {
	}

	/** A part of {@code type} made for {@code user} on {@code repository}, its model holding {@code transientData}. */
	static PartHost host(Class<?> type, RecordRepository repository, CurrentUser user,
			Map<String, Object> transientData) {
		PartHost host = new PartHost(1000, 1000).with(RecordRepository.class, repository)
				.with(CurrentUser.class, user).with(Clock.class, CLOCK);
		host.make(type, PartHost.partInStack(transientData));
		host.shell().forceActive();
		host.widgets().settle();
		return host;
	}

	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.NEVER,
				List.of(new IndicatorSeeding()), List.of(), List.of()).store();
	}
}
