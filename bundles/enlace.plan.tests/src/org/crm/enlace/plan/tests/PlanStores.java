package org.crm.enlace.plan.tests;

import java.nio.file.Path;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.plan.internal.PlanSeeding;

/** Real stores for the tests, seeded with the plan the way every start seeds reference data; fictitious users. */
final class PlanStores {

	static final NodeKeys KEYS = NodeKeys.generate();
	static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT, Role.SECRETARIAT);
	static final CurrentUser PRESIDENCY = new CurrentUser("hnd.ficticia", "HND", Role.PRO_TEMPORE_PRESIDENCY);
	static final CurrentUser LIAISON = new CurrentUser("mex.ficticia", "MEX", Role.LIAISON_OFFICER);

	private PlanStores() {
	}

	static RecordStore open(Path data, CurrentUser user, Clock clock) {
		return factory().openAfterSeeding(data, user, KEYS, clock,
				system -> ReferenceData.storeMissing(system, new PlanSeeding().referenceRecords()));
	}

	private static RecordStoreFactory factory() {
		return Services.await(RecordStoreFactory.class, 10_000)
				.orElseThrow(() -> new AssertionError("no RecordStoreFactory service"));
	}
}
