package org.crm.enlace.cotravel.internal;

import java.util.List;

import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.cotravel.CoTravelIndicators;
import org.crm.enlace.model.Record;
import org.osgi.service.component.annotations.Component;

/** Every store gets the first co-travel indicators once; later edits and additions are kept. */
@Component(service = ReferenceDataContributor.class)
public final class IndicatorSeeding implements ReferenceDataContributor {

	@Override
	public List<Record> referenceRecords() {
		return List.copyOf(CoTravelIndicators.seed());
	}
}
