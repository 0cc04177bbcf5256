package org.crm.enlace.mrz.specimens;

import java.util.List;

import org.crm.enlace.core.store.RecordRepository;

/**
 * The specimens of a document, for the MRZ checker to show beside a zone: an OSGi service that a specimen register
 * provides (docs/extending.md). The checker works without one and says so. Called on the UI thread each time the
 * zone's issuing state or document code changes, so it answers from memory or a quick query.
 */
public interface SpecimenLookup {

	/**
	 * The specimens of an issuing state and document code as the zone gives them, the user's rights applied.
	 *
	 * @param repository   the logged-in user's (a service outlives logins, so it is handed in)
	 * @param issuingState ISO 3166-1 alpha-3 or another 9303 code ({@code UTO}, {@code D}), fillers dropped
	 * @param documentCode {@code P}, {@code ID}, {@code V}..., fillers dropped
	 * @return the matches, best first; empty when there are none
	 */
	List<SpecimenMatch> find(RecordRepository repository, String issuingState, String documentCode);
}
