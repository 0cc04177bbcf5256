package org.crm.enlace.jtf.internal;

import java.util.List;

import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.jtf.Milestones;
import org.crm.enlace.model.Record;
import org.osgi.service.component.annotations.Component;

/** Every store gets the work plan's Joint Task Force milestone once; later edits are kept. */
@Component(service = ReferenceDataContributor.class)
public final class MilestoneSeeding implements ReferenceDataContributor {

	@Override
	public List<Record> referenceRecords() {
		return List.of(Milestones.jtfBeforeGrcmPanama());
	}
}
