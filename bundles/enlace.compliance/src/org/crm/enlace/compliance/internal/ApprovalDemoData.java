package org.crm.enlace.compliance.internal;

import java.util.List;

import org.crm.enlace.compliance.SpaceApprovals;
import org.crm.enlace.compliance.model.SpaceApproval;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.osgi.service.component.annotations.Component;

/** A FICTITIOUS approval of the private space 100 days ago, so the demo board has 20-odd days left to show. */
@Component(service = DemoDataContributor.class)
public final class ApprovalDemoData implements DemoDataContributor {

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		SpaceApproval approval = SpaceApprovals.newApproval();
		approval.setApprovedOn(clock.today().minusDays(100));
		approval.setNote("Aprobación ficticia (datos de demostración)");
		approval.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		approval.setProvenance("datos de demostración ficticios");
		return List.of(approval);
	}
}
