package org.crm.enlace.plan.ui.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.plan.SeedPlan;
import org.crm.enlace.plan.model.WorkPlan;
import org.crm.enlace.ui.testing.PartHost;

/**
 * The work plan's test bench: a real Derby store seeded with the network's plan, the users who work on it, and the
 * work plan part or the plan editor hosted in a real SWT shell by {@link PartHost}.
 */
final class PlanBench {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	static final LocalDate TODAY = LocalDate.parse("2026-11-29");
	static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT, Role.SECRETARIAT);
	static final CurrentUser PRESIDENCY = new CurrentUser("hnd.ficticia", "HND", Role.PRO_TEMPORE_PRESIDENCY);
	static final CurrentUser LIAISON = new CurrentUser("mex.ficticia", "MEX", Role.LIAISON_OFFICER);

	private PlanBench() {
	}

	/** A part of {@code type} made for {@code user} on {@code repository}, its model holding {@code transientData}. */
	static PartHost host(Class<?> type, RecordRepository repository, CurrentUser user,
			Map<String, Object> transientData) {
		PartHost host = new PartHost(1280, 1000).with(RecordRepository.class, repository)
				.with(CurrentUser.class, user).with(Clock.class, CLOCK);
		host.make(type, PartHost.partInStack(transientData));
		return host;
	}

	/** A store holding the seed plan as the Secretariat approved it, opened for {@code user}. */
	static RecordStore open(Path data, CurrentUser user) {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
		WorkPlan plan = SeedPlan.plan();
		plan.setApprovedOn(LocalDate.parse("2026-06-01"));
		return factory.openAfterSeeding(data, user, KEYS, CLOCK,
				system -> ReferenceData.storeMissing(system, List.of(plan)));
	}
}
