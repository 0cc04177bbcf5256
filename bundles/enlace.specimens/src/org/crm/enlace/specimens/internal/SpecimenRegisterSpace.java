package org.crm.enlace.specimens.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crm.enlace.compliance.CompliancePeriod;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.SpaceCheck;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.osgi.service.component.annotations.Component;

/**
 * Document specimens (item 1.4.1) on the compliance board, replacing the compliance bundle's "not yet available"
 * placeholder (priority 0): complete with a passport and an identity card specimen, partial with any specimen,
 * missing with none. Counts what the user may see, like every space.
 */
@Component(service = ComplianceSpace.class)
public final class SpecimenRegisterSpace implements ComplianceSpace {

	@Override
	public String id() {
		return "specimens";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public int priority() {
		return 10;
	}

	@Override
	public String label(Locale locale) {
		return Messages.get("space.specimens", locale);
	}

	@Override
	public SpaceCheck check(RecordRepository repository, String country, CompliancePeriod period) {
		List<DocumentSpecimen> specimens = Specimens.ofState(repository, country);
		Set<DocumentCategory> missing = Specimens.missingRequired(specimens);
		return SpaceCheck.of(!specimens.isEmpty(),
				missing.stream().map(category -> Messages.format("space.missing", Specimens.label(category))).toList());
	}
}
