package org.crm.enlace.specimens.internal;

import java.util.List;

import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.model.Record;
import org.crm.enlace.specimens.SecurityFeatures;
import org.osgi.service.component.annotations.Component;

/** Every store gets the first security feature types once; later edits and additions are kept. */
@Component(service = ReferenceDataContributor.class)
public final class SecurityFeatureSeeding implements ReferenceDataContributor {

	@Override
	public List<Record> referenceRecords() {
		return List.copyOf(SecurityFeatures.seed());
	}
}
