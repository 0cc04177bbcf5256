package org.crm.enlace.compliance.internal;

import java.util.List;
import java.util.Locale;

import org.crm.enlace.compliance.ComplianceStatus;
import org.crm.enlace.compliance.CompliancePeriod;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.SpaceCheck;
import org.crm.enlace.core.store.RecordRepository;
import org.osgi.service.component.annotations.Component;

/**
 * Document specimens (item 1.4.1): the area comes in a later issue, whose model and rule nobody can guess today.
 * Until then this placeholder (priority 0) says "not yet available" rather than blaming every country; the specimens
 * area registers its own {@code specimens} space with a higher priority and replaces it.
 */
@Component(service = ComplianceSpace.class)
public final class SpecimensSpace implements ComplianceSpace {

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
		return 0;
	}

	@Override
	public String label(Locale locale) {
		return Messages.get("space.specimens", locale);
	}

	@Override
	public SpaceCheck check(RecordRepository repository, String country, CompliancePeriod period) {
		return new SpaceCheck(ComplianceStatus.NOT_AVAILABLE, List.of());
	}
}
