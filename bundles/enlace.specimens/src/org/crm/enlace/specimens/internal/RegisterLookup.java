package org.crm.enlace.specimens.internal;

import java.util.Comparator;
import java.util.List;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.mrz.specimens.SpecimenLookup;
import org.crm.enlace.mrz.specimens.SpecimenMatch;
import org.crm.enlace.specimens.Specimens;
import org.crm.enlace.specimens.model.DocumentSpecimen;
import org.osgi.service.component.annotations.Component;

/**
 * The register's answer to the MRZ checker: the specimens of the zone's issuing state and document code that the
 * user may see, those still valid first, then the newest series.
 */
@Component(service = SpecimenLookup.class)
public final class RegisterLookup implements SpecimenLookup {

	private static final Comparator<DocumentSpecimen> BEST_FIRST = Comparator
			.comparing((DocumentSpecimen s) -> !s.isStillValid())
			.thenComparing(DocumentSpecimen::getFirstIssued, Comparator.nullsLast(Comparator.reverseOrder()));

	@Override
	public List<SpecimenMatch> find(RecordRepository repository, String issuingState, String documentCode) {
		if (repository == null) {
			return List.of();
		}
		return Specimens.of(repository, issuingState, documentCode).stream()
				.sorted(BEST_FIRST)
				.map(s -> new SpecimenMatch(title(s), s.getId()))
				.toList();
	}

	private static String title(DocumentSpecimen specimen) {
		return Messages.format("lookup.title", Specimens.label(specimen.getCategory()), specimen.getIssuingState(),
				specimen.getSeries() == null ? "—" : specimen.getSeries(),
				specimen.isStillValid() ? Messages.format("lookup.valid") : Messages.format("lookup.withdrawn"));
	}
}
