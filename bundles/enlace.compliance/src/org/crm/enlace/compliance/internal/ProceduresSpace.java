package org.crm.enlace.compliance.internal;

import java.util.Locale;
import java.util.Set;

import org.crm.enlace.compliance.CompliancePeriod;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.SpaceCheck;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.procedures.Procedures;
import org.crm.enlace.procedures.model.DocumentKind;
import org.osgi.service.component.annotations.Component;

/** Document procedures (item 1.4.2): at least the passport, the national identity card and the minors' permit. */
@Component(service = ComplianceSpace.class)
public final class ProceduresSpace implements ComplianceSpace {

	@Override
	public String id() {
		return "procedures";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String label(Locale locale) {
		return Messages.get("space.procedures", locale);
	}

	@Override
	public SpaceCheck check(RecordRepository repository, String country, CompliancePeriod period) {
		Set<DocumentKind> missing = Procedures.missingRequired(repository, country);
		return SpaceCheck.of(missing.size() < Procedures.REQUIRED.size(),
				missing.stream().map(kind -> Messages.format("procedures.missing", Procedures.label(kind))).toList());
	}
}
