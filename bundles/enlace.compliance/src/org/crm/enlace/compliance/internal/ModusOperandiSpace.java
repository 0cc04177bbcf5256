package org.crm.enlace.compliance.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crm.enlace.compliance.ComplianceStatus;
import org.crm.enlace.compliance.CompliancePeriod;
import org.crm.enlace.compliance.ComplianceSpace;
import org.crm.enlace.compliance.SpaceCheck;
import org.crm.enlace.core.store.RecordQuery;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.model.Record;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;

/**
 * Modus operandi (items 1.3, 1.3.1): at least one report owned by the country and stored since the approval. The
 * intelligence area is built in parallel, so its class is looked up by name through EMF's package registry, without
 * a dependency on its bundle: {@value #REPORT_CLASS} of {@value #INTEL_NS_URI}. Without that package (or class) the
 * space is "not available".
 */
@Component(service = ComplianceSpace.class)
public final class ModusOperandiSpace implements ComplianceSpace {

	/** Agreed with the intelligence area: change both together. */
	public static final String INTEL_NS_URI = "http://crm-enlace.org/model/intel/1.0";
	public static final String REPORT_CLASS = "SmugglingReport";

	@Override
	public String id() {
		return "modus-operandi";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String label(Locale locale) {
		return Messages.get("space.modus-operandi", locale);
	}

	@Override
	public SpaceCheck check(RecordRepository repository, String country, CompliancePeriod period) {
		Optional<EClass> report = reportClass();
		if (report.isEmpty()) {
			return new SpaceCheck(ComplianceStatus.NOT_AVAILABLE, List.of());
		}
		// Modified since the approval narrows in SQL; created since the approval is what counts.
		var since = period.approvedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
		boolean reported = repository.find(RecordQuery.of(report.get()).ownedBy(country).modifiedBetween(since, null),
				Record.class).stream().anyMatch(r -> r.getCreatedAt() != null && !r.getCreatedAt().isBefore(since));
		return reported ? SpaceCheck.complete()
				: SpaceCheck.of(false, List.of(Messages.format("modusOperandi.none", period.approvedOn().toString())));
	}

	static Optional<EClass> reportClass() {
		EPackage intel = EPackage.Registry.INSTANCE.getEPackage(INTEL_NS_URI);
		EClassifier classifier = intel == null ? null : intel.getEClassifier(REPORT_CLASS);
		return classifier instanceof EClass eClass ? Optional.of(eClass) : Optional.empty();
	}
}
