package org.crm.enlace.training.ui.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.model.Record;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * The training area's test bench: a real Derby store with every area's demo data, seen by the Secretariat, and its
 * parts hosted in a real SWT shell by {@link PartHost}.
 */
final class Bench {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT, Role.SECRETARIAT);

	private Bench() {
	}

	/** A part of {@code type} made for the Secretariat on {@code store}, for {@code self} put in a stack. */
	static PartHost host(RecordRepository store, Class<?> type, MPart self) {
		PartHost host = new PartHost(1270, 950) // within xvfb-run's 1280x1024 screen, or screenshots are cut
				.with(RecordStore.class, (RecordStore) store).with(RecordRepository.class, store)
				.with(CurrentUser.class, SECRETARIAT).with(Clock.class, CLOCK);
		host.make(type, PartHost.putInStack(self));
		return host;
	}

	/** A store holding every area's demo data, the Secretariat's view of it. */
	static RecordStore demoStore(Path data) {
		List<Record> demo = Services.all(DemoDataContributor.class).stream()
				.sorted(Comparator.comparingInt(DemoDataContributor::order))
				.flatMap(c -> c.demoRecords(CLOCK).stream()).toList();
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		return factory.openAfterSeeding(data, SECRETARIAT, NodeKeys.generate(), CLOCK, s -> s.saveAll(demo));
	}
}
