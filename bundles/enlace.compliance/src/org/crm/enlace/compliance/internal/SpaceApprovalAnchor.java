package org.crm.enlace.compliance.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.crm.enlace.compliance.SpaceApprovals;
import org.crm.enlace.compliance.model.SpaceApproval;
import org.crm.enlace.core.indicator.AnchorDaySource;
import org.crm.enlace.core.store.RecordRepository;
import org.osgi.service.component.annotations.Component;

/** The private space's approval day, which the 4-month board counts from, for the plan's timelines that do too. */
@Component(service = AnchorDaySource.class)
public final class SpaceApprovalAnchor implements AnchorDaySource {

	@Override
	public String anchor() {
		return PRIVATE_SPACE_APPROVAL;
	}

	@Override
	public Optional<LocalDate> day(RecordRepository records) {
		return SpaceApprovals.current(records).map(SpaceApproval::getApprovedOn);
	}
}
