package org.crm.enlace.plan.internal;

import java.util.List;

import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.model.Record;
import org.crm.enlace.plan.SeedPlan;
import org.osgi.service.component.annotations.Component;

/** Every store gets the network's first work plan once; the Secretariat's later edits are kept. */
@Component(service = ReferenceDataContributor.class)
public final class PlanSeeding implements ReferenceDataContributor {

	@Override
	public List<Record> referenceRecords() {
		return List.of(SeedPlan.plan());
	}
}
