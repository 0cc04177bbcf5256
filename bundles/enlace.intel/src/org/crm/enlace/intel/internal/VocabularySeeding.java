package org.crm.enlace.intel.internal;

import java.util.List;

import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.intel.Vocabularies;
import org.crm.enlace.model.Record;
import org.osgi.service.component.annotations.Component;

/** Every store gets the Secretariat's first vocabulary terms once; later edits and additions are kept. */
@Component(service = ReferenceDataContributor.class)
public final class VocabularySeeding implements ReferenceDataContributor {

	@Override
	public List<Record> referenceRecords() {
		return List.copyOf(Vocabularies.seed());
	}
}
