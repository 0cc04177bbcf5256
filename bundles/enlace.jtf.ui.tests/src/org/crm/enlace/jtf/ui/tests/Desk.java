package org.crm.enlace.jtf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.jtf.internal.JtfDemoData;
import org.crm.enlace.jtf.internal.MilestoneSeeding;
import org.crm.enlace.model.Record;
import org.crm.enlace.ui.testing.PartHost;

/**
 * The Joint Task Force's test desk: a real Derby store with the milestone and the demo data, the users who work on
 * it, and its parts hosted in a real SWT shell by {@link PartHost}.
 */
final class Desk {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser SECRETARIAT = new CurrentUser("xst.ficticia", "XST", Role.SECRETARIAT);
	static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);

	private Desk() {
	}

	/** A part of {@code type} made for {@code user} on {@code store}, its part model holding {@code transientData}. */
	static PartHost host(Class<?> type, RecordRepository store, CurrentUser user, Map<String, Object> transientData) {
		PartHost host = new PartHost(1200, 1000).with(RecordRepository.class, store).with(Clock.class, CLOCK)
				.with(CurrentUser.class, user);
		host.make(type, PartHost.partInStack(transientData));
		return host;
	}

	/** A store in {@code data} opened for {@code user}, with the milestone and, on first opening, the demo data. */
	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return StoreStartup.open(factory, data, user, KEYS, CLOCK, DemoLoading.INTO_NEW_STORE,
				List.of(new MilestoneSeeding()), List.of(), List.of(new JtfDemoData())).store();
	}

	/** What the store says to this user when it refuses {@code changed}: an editor must show it as is. */
	static String refusal(RecordRepository store, Record changed) {
		try {
			store.save(changed);
		} catch (StoreException e) {
			assertEquals(StoreException.Reason.FORBIDDEN, e.reason());
			return e.getMessage();
		}
		throw new AssertionError("the store let this user write another's record");
	}
}
