package org.crm.enlace.plan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Record;
import org.crm.enlace.plan.FollowUp;
import org.crm.enlace.plan.SeedPlan;
import org.crm.enlace.plan.model.ActivityStatus;
import org.osgi.service.component.annotations.Component;

/**
 * FICTITIOUS follow-up of the seed plan, entered by the Secretariat a month ago: a number of officials trained
 * entered by hand (until the training area computes it) and the specimens exchange under way.
 */
@Component(service = DemoDataContributor.class)
public final class PlanDemoData implements DemoDataContributor {

	private static final String FICTITIOUS = "datos de demostración ficticios";

	@Override
	public int order() {
		return 90;
	}

	@Override
	public List<Record> demoRecords(Clock clock) {
		LocalDate monthAgo = clock.today().minusDays(30);
		return List.of(
				fictitious(FollowUp.newEntry(SeedPlan.ID, IndicatorCodes.OFFICIALS_TRAINED, BigDecimal.valueOf(120),
						monthAgo, "Informe ficticio de la OIM (" + FICTITIOUS + ")")),
				fictitious(FollowUp.newUpdate(SeedPlan.ID, "IE-O1-R1.4-A1.4.1", ActivityStatus.IN_PROGRESS, monthAgo,
						"Primer intercambio ficticio de especímenes (" + FICTITIOUS + ")")));
	}

	private static Record fictitious(Record record) {
		record.setOwnerCountry(Owners.SECRETARIAT);
		record.setProvenanceKind(ProvenanceKind.MANUAL_ENTRY);
		record.setProvenance(FICTITIOUS);
		return record;
	}
}
